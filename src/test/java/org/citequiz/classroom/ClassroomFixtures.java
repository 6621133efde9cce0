package org.citequiz.classroom;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.time.Instant;
import org.citequiz.account.Instructor;

/** Classes and learners made over HTTP, the way instructors and students make them. */
public final class ClassroomFixtures {

    public static final String TEACHER = "teacher";
    public static final String TEACHER_PASSWORD = "teacher-test";
    public static final String OTHER = "other-teacher";
    public static final String OTHER_PASSWORD = "other-test";
    /** Any value works: the double-submit check compares the cookie with the form field. */
    public static final String CSRF = "test-csrf-token";

    private ClassroomFixtures() {
    }

    /** A second instructor, to prove that only a class's owner manages it. */
    public static void ensureOtherInstructor() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Instructor.findByUsername(OTHER).isEmpty()) {
                Instructor other = new Instructor();
                other.username = OTHER;
                other.passwordHash = BcryptUtil.bcryptHash(OTHER_PASSWORD);
                other.displayName = "Other teacher";
                other.createdAt = Instant.now();
                other.persist();
            }
        });
    }

    public record CreatedClass(long id, String name, String code) {
    }

    public static CreatedClass createClass(String name) {
        Response response = given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD)
                .contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .when().post("/api/classes").then().statusCode(201).extract().response();
        return new CreatedClass(response.jsonPath().getLong("id"), response.jsonPath().getString("name"),
                response.jsonPath().getString("code"));
    }

    /** Joins through the join page; returns the response (303 and the learner cookie when it worked). */
    public static Response joinPage(String code, String displayName) {
        return given().redirects().follow(false).cookie("cq-csrf", CSRF).formParam("_csrf", CSRF)
                .formParam("displayName", displayName).accept("text/html")
                .when().post("/join/" + code).then().extract().response();
    }

    /** A new learner in the class; returns their learner cookie value. */
    public static String join(String code, String displayName) {
        Response response = joinPage(code, displayName);
        if (response.statusCode() != 303) {
            throw new AssertionError("Joining " + code + " as " + displayName + " answered " + response.statusCode()
                    + ": " + response.asString());
        }
        return response.cookie("cq-learner");
    }

    /** The learner id behind a learner cookie (the cookie carries the public id). */
    public static long learnerId(String cookie) {
        String publicId = cookie.substring(0, cookie.lastIndexOf('.'));
        return QuarkusTransaction.requiringNew().call(() -> org.citequiz.play.Learner.findByPublicId(publicId)
                .orElseThrow().id);
    }
}

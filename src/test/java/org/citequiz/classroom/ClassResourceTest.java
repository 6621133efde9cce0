package org.citequiz.classroom;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.hamcrest.Matchers.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassResourceTest {

    @BeforeEach
    void instructors() {
        ensureOtherInstructor();
    }

    @Test
    void instructorCreatesAClassWithAShortUnambiguousCode() {
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).contentType("application/json")
                .body("{\"name\": \"Year 9 History\"}")
                .when().post("/api/classes").then().statusCode(201)
                .header("Location", containsString("/api/classes/"))
                .body("id", notNullValue()).body("name", is("Year 9 History"))
                .body("code", matchesPattern("[A-HJ-NP-Z2-9]{6}"));
    }

    @Test
    void creatingAClassNeedsAnInstructorAndAName() {
        given().contentType("application/json").body("{\"name\": \"X\"}")
                .when().post("/api/classes").then().statusCode(401);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).contentType("application/json")
                .body("{\"name\": \"  \"}").when().post("/api/classes").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).contentType("application/json")
                .body("{\"name\": \"" + "x".repeat(121) + "\"}").when().post("/api/classes").then().statusCode(400);
    }

    @Test
    void codesAreUniqueAcrossClasses() {
        String a = createClass("Unique A").code();
        String b = createClass("Unique B").code();
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void onlyTheOwnerSeesOrManagesTheClass() {
        CreatedClass c = createClass("Owned");
        given().auth().preemptive().basic(OTHER, OTHER_PASSWORD).when().get("/api/classes/" + c.id() + "/members")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/classes/" + c.id() + "/members").then().statusCode(401);
        given().auth().preemptive().basic(OTHER, OTHER_PASSWORD).when().get("/api/classes")
                .then().statusCode(200).body("code", not(hasItem(c.code())));
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).when().get("/api/classes")
                .then().statusCode(200).body("code", hasItem(c.code()));
        // Pages: another instructor cannot close, rename or regenerate.
        for (String action : new String[] { "close", "code", "reopen" }) {
            given().auth().preemptive().basic(OTHER, OTHER_PASSWORD).redirects().follow(false)
                    .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF).accept("text/html")
                    .when().post("/instructor/classes/" + c.id() + "/" + action).then().statusCode(403);
        }
        given().redirects().follow(false).cookie("cq-csrf", CSRF).formParam("_csrf", CSRF)
                .when().post("/instructor/classes/" + c.id() + "/close").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        org.junit.jupiter.api.Assertions.assertFalse(closed(c.id()));
    }

    @Test
    void ownerClosesRegeneratesAndRenamesWithPostRedirectGet() {
        CreatedClass c = createClass("Managed");
        post(c.id() + "/close").then().statusCode(303).header("Location", endsWith("/instructor/classes/" + c.id()));
        org.junit.jupiter.api.Assertions.assertTrue(closed(c.id()));
        post(c.id() + "/reopen").then().statusCode(303);
        org.junit.jupiter.api.Assertions.assertFalse(closed(c.id()));

        post(c.id() + "/code").then().statusCode(303);
        String newCode = QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>findById(c.id()).code);
        org.junit.jupiter.api.Assertions.assertNotEquals(c.code(), newCode);
        // The old code stops working at once.
        joinPage(c.code(), "Late").then().statusCode(404);
        join(newCode, "Early");

        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF).formParam("name", "Renamed class")
                .when().post("/instructor/classes/" + c.id() + "/name").then().statusCode(303);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).accept("text/html")
                .when().get("/instructor/classes/" + c.id()).then().statusCode(200)
                .body(containsString("Renamed class")).body(containsString("/join/" + newCode))
                .body(containsString("Early")).body(containsString("name=\"_csrf\""));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        CreatedClass c = createClass("Csrf");
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).contentType("application/x-www-form-urlencoded")
                .when().post("/instructor/classes/" + c.id() + "/close").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertFalse(closed(c.id()));
    }

    @Test
    void ownerRenamesAndRemovesAStudent() {
        CreatedClass c = createClass("Roster");
        join(c.code(), "Alpha");
        join(c.code(), "Beta");
        long alpha = membershipId(c.id(), "Alpha");
        // Renaming to a name another student has (folded) is refused.
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF).formParam("name", "BETA")
                .when().post("/instructor/classes/" + c.id() + "/members/" + alpha + "/name").then().statusCode(409);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF).formParam("name", "Gamma")
                .when().post("/instructor/classes/" + c.id() + "/members/" + alpha + "/name").then().statusCode(303);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).when().get("/api/classes/" + c.id() + "/members")
                .then().statusCode(200).body("displayName", contains("Beta", "Gamma"));
        // Another instructor cannot remove; the owner can.
        given().auth().preemptive().basic(OTHER, OTHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF)
                .when().post("/instructor/classes/" + c.id() + "/members/" + alpha + "/remove").then().statusCode(403);
        post(c.id() + "/members/" + alpha + "/remove").then().statusCode(303);
        given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).when().get("/api/classes/" + c.id() + "/members")
                .then().statusCode(200).body("displayName", contains("Beta"));
    }

    private static io.restassured.response.Response post(String path) {
        return given().auth().preemptive().basic(TEACHER, TEACHER_PASSWORD).redirects().follow(false)
                .cookie("cq-csrf", CSRF).formParam("_csrf", CSRF).accept("text/html")
                .when().post("/instructor/classes/" + path).then().extract().response();
    }

    static boolean closed(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>findById(classId).closed);
    }

    static long membershipId(long classId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> ClassMembership.ofClass(classId).stream()
                .filter(m -> m.displayName.equals(name)).findFirst().orElseThrow().id);
    }
}

package org.citequiz.account;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** A browser-like instructor session for REST Assured: the form sign-in cookie plus the CSRF cookie. */
public final class InstructorSession {

    public static final String TEACHER = "teacher";
    public static final String TEACHER_PASSWORD = "teacher-test";
    public static final String OTHER = "otherteacher";
    public static final String OTHER_PASSWORD = "other-teacher-pass";

    public final Map<String, String> cookies = new HashMap<>();

    private InstructorSession() {
    }

    /** Signs in through the login form; fails the test when sign-in does not succeed. */
    public static InstructorSession signIn(String username, String password) {
        InstructorSession s = new InstructorSession();
        Response login = given().redirects().follow(false).get("/login");
        s.cookies.putAll(login.getCookies());
        Response r = given().redirects().follow(false).cookies(s.cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        if (r.getCookie("quarkus-credential") == null) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.getHeader("Location"));
        }
        s.cookies.put("quarkus-credential", r.getCookie("quarkus-credential"));
        return s;
    }

    /** A session with no sign-in, like a learner's browser: it only has cookies of its own. */
    public static InstructorSession learner() {
        InstructorSession s = new InstructorSession();
        s.cookies.putAll(given().redirects().follow(false).get("/login").getCookies());
        s.cookies.put("cq-learner", "a-learner-cookie");
        return s;
    }

    public String csrf() {
        return cookies.get("cq-csrf");
    }

    public RequestSpecification page() {
        return given().redirects().follow(false).cookies(cookies).accept("text/html");
    }

    /** A form post with the CSRF field, as the pages send it. */
    public RequestSpecification form() {
        return page().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_csrf", csrf());
    }

    /** The set as the API shows it to its owner (the test teacher). */
    public io.restassured.response.Response api(long setId) {
        return teacherApi().get("/api/sets/" + setId);
    }

    public static RequestSpecification basic(String username, String password) {
        return given().redirects().follow(false).auth().preemptive().basic(username, password);
    }

    public static RequestSpecification teacherApi() {
        return basic(TEACHER, TEACHER_PASSWORD);
    }

    /** Makes sure the second instructor exists (idempotent across test classes). */
    public static void ensureOtherInstructor() {
        int status = teacherApi().contentType("application/json")
                .body(Map.of("username", OTHER, "password", OTHER_PASSWORD, "displayName", "Other Teacher"))
                .post("/api/instructors").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("could not create the second instructor: " + status);
        }
    }

    public static RequestSpecification otherApi() {
        return basic(OTHER, OTHER_PASSWORD);
    }
}

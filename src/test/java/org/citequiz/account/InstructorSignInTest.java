package org.citequiz.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstructorSignInTest {

    @Test
    void formSignInSetsAnHttpOnlyCookieAndLandsOnTheDashboard() {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "teacher").formParam("j_password", "teacher-test")
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/instructor"), login.getHeader("Location"));
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);

        given().redirects().follow(false).cookie("quarkus-credential", login.getCookie("quarkus-credential"))
                .accept("text/html").get("/instructor")
                .then().statusCode(200).body(containsString("My question sets"), containsString("Signed in as teacher"));
    }

    @Test
    void signingInReturnsToThePageThatAskedForIt() {
        Response asked = given().redirects().follow(false).accept("text/html").get("/instructor/classes?from=link");
        assertEquals(303, asked.statusCode());
        assertTrue(asked.getHeader("Location").endsWith("/login"), asked.getHeader("Location"));
        String remembered = asked.getCookie("quarkus-redirect-location");
        assertTrue(remembered != null && remembered.endsWith("/instructor/classes?from=link"), remembered);

        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("quarkus-redirect-location", remembered)
                .formParam("j_username", "teacher").formParam("j_password", "teacher-test")
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/instructor/classes?from=link"), login.getHeader("Location"));

        // a form post is never replayed: only pages read with GET are remembered
        Response posted = given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .cookie("cq-csrf", "test-csrf-token").formParam("_csrf", "test-csrf-token").formParam("name", "x")
                .post("/instructor/classes");
        assertEquals(303, posted.statusCode());
        assertEquals(null, posted.getCookie("quarkus-redirect-location"));
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "teacher-typo").formParam("j_password", "nope")
                .post("/j_security_check");
        assertEquals(302, r.statusCode());
        assertTrue(r.getHeader("Location").contains("/login?error"), r.getHeader("Location"));
        assertNull(r.getCookie("quarkus-credential"));
        given().accept("text/html").get("/login?error").then().statusCode(200)
                .body(containsString("did not match"), containsString("name=\"_csrf\""));
    }

    @Test
    void signInFromAForeignSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "teacher").formParam("j_password", "teacher-test")
                .post("/j_security_check")
                .then().statusCode(403).header("Set-Cookie", nullValue());
    }

    @Test
    void signOutNeedsTheCsrfTokenAndClearsTheCookie() {
        InstructorSession session = InstructorSession.signIn("teacher", "teacher-test");
        session.page().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/logout").then().statusCode(403);

        Response out = session.form().post("/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.getHeader("Location").endsWith("/login?signed-out"));
        String cleared = out.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(cleared.contains("Max-Age=0") || cleared.contains("Expires="), cleared);
    }

    @Test
    void basicAuthKeepsWorkingNextToFormSignIn() {
        InstructorSession.teacherApi().get("/api/instructors").then().statusCode(200)
                .body("username", hasItem("teacher"));
        given().redirects().follow(false).get("/api/instructors").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
        InstructorSession.basic("teacher", "wrong").get("/api/instructors").then().statusCode(401);
    }

    @Test
    void sixthWrongPasswordLocksTheAccountEvenForTheRightPassword() {
        String name = "throttled" + System.nanoTime() % 100000;
        InstructorSession.teacherApi().contentType("application/json")
                .body(Map.of("username", name, "password", "right-password-1")).post("/api/instructors")
                .then().statusCode(201);
        InstructorSession.basic(name, "right-password-1").get("/api/instructors").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            InstructorSession.basic(name, "wrong-" + i).get("/api/instructors").then().statusCode(401);
        }
        // Locked now: the right password is refused too, over Basic and over the form.
        InstructorSession.basic(name, "wrong-5").get("/api/instructors").then().statusCode(401);
        InstructorSession.basic(name, "right-password-1").get("/api/instructors").then().statusCode(401);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", name).formParam("j_password", "right-password-1")
                .post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("/login?error"));
        // Others are not affected.
        InstructorSession.teacherApi().get("/api/instructors").then().statusCode(200);
    }

    @Test
    void invitingValidatesUsernamePasswordAndUniqueness() {
        InstructorSession.teacherApi().contentType("application/json")
                .body(Map.of("username", "x", "password", "long-enough-pass")).post("/api/instructors")
                .then().statusCode(400).body("detail", containsString("username"));
        InstructorSession.teacherApi().contentType("application/json")
                .body(Map.of("username", "shortpass", "password", "short")).post("/api/instructors")
                .then().statusCode(400).body("detail", containsString("password"));
        InstructorSession.teacherApi().contentType("application/json")
                .body(Map.of("username", "Teacher", "password", "long-enough-pass")).post("/api/instructors")
                .then().statusCode(409);
        InstructorSession.basic("shortpass", "short").get("/api/instructors").then().statusCode(401);
    }

    @Test
    void anInvitedInstructorCanSignInWithTheInitialPassword() {
        InstructorSession teacher = InstructorSession.signIn("teacher", "teacher-test");
        String name = "invited" + System.nanoTime() % 100000;
        teacher.form().formParam("username", name).formParam("password", "initial-password")
                .formParam("displayName", "Invited Person").post("/instructor/accounts")
                .then().statusCode(303).header("Location", containsString("created=" + name));
        InstructorSession.signIn(name, "initial-password").page().get("/instructor").then().statusCode(200);
        // Without the CSRF field nothing is created.
        String blocked = "blocked" + System.nanoTime() % 100000;
        teacher.page().contentType("application/x-www-form-urlencoded").formParam("username", blocked)
                .formParam("password", "initial-password").post("/instructor/accounts").then().statusCode(403);
        InstructorSession.teacherApi().get("/api/instructors").then().body("username", not(hasItem(blocked)));
    }
}

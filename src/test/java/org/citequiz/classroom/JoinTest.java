package org.citequiz.classroom;

import static io.restassured.RestAssured.given;
import static org.citequiz.classroom.ClassroomFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.citequiz.play.ClassEnrolment;
import org.citequiz.play.Learner;
import org.citequiz.web.ProblemException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JoinTest {

    @Inject
    ClassEnrolment enrolment;

    @Test
    void joinPageShowsTheClassAndAFormWithCsrf() {
        CreatedClass c = createClass("Join page");
        given().accept("text/html").when().get("/join/" + c.code()).then().statusCode(200)
                .body(containsString("Join page")).body(containsString("name=\"_csrf\""))
                .body(containsString("name=\"displayName\""));
        given().accept("text/html").when().get("/join/" + c.code().toLowerCase()).then().statusCode(200);
    }

    @Test
    void studentJoinsAndLandsOnTheClassLeaderboard() {
        CreatedClass c = createClass("Good join");
        var response = joinPage(c.code(), "  Zoë  ");
        response.then().statusCode(303).header("Location", endsWith("/classes/" + c.code() + "/leaderboard"))
                .cookie("cq-learner", notNullValue());
        assertEquals(1, members(c.id()));
        given().cookie("cq-learner", response.cookie("cq-learner")).accept("text/html")
                .when().get("/classes/" + c.code() + "/leaderboard").then().statusCode(200).body(containsString("Zoë"));
    }

    @Test
    void unknownCodeIsNotFound() {
        joinPage("ZZZZZZ", "Ann").then().statusCode(404).body(containsString("No class has this code"));
        given().accept("text/html").when().get("/join/NOPE").then().statusCode(404)
                .body(containsString("No class has this code"));
    }

    @Test
    void closedClassRefusesNewMembersButKeepsExistingOnes() {
        CreatedClass c = createClass("Closed");
        String cookie = join(c.code(), "Inside");
        QuarkusTransaction.requiringNew().run(() -> SchoolClass.<SchoolClass>findById(c.id()).closed = true);
        joinPage(c.code(), "Outside").then().statusCode(409).body(containsString("This class is closed to new members"));
        // The member who is already in rejoins without trouble.
        given().redirects().follow(false).cookie("cq-csrf", CSRF).cookie("cq-learner", cookie).formParam("_csrf", CSRF)
                .formParam("displayName", "Inside").when().post("/join/" + c.code()).then().statusCode(303);
        assertEquals(1, members(c.id()));
    }

    @Test
    void namesAreUniqueWithinAClassCaseAndAccentFolded() {
        CreatedClass c = createClass("Names");
        join(c.code(), "Chloé");
        joinPage(c.code(), "CHLOE").then().statusCode(409).body(containsString("already uses this name"));
        assertEquals(1, members(c.id()));
        // The same name in another class is fine.
        join(createClass("Other names").code(), "Chloé");
    }

    @Test
    void offensiveAndOverLongNamesAreRefusedAndNothingIsStored() {
        CreatedClass c = createClass("Refusals");
        long learnersBefore = QuarkusTransaction.requiringNew().call(() -> Learner.count());
        joinPage(c.code(), "Big Shit").then().statusCode(400).body(containsString("choose another display name"));
        joinPage(c.code(), "x".repeat(41)).then().statusCode(400).body(containsString("at most 40"));
        joinPage(c.code(), "   ").then().statusCode(400);
        assertEquals(0, members(c.id()));
        assertEquals(learnersBefore, (long) QuarkusTransaction.requiringNew().call(() -> Learner.count()));
    }

    @Test
    void enrolmentBeanAppliesTheSameRules() {
        CreatedClass c = createClass("Bean");
        Learner ann = learner("Ann");
        long classId = QuarkusTransaction.requiringNew().call(() -> enrolment.enrol(ann, c.code().toLowerCase()));
        assertEquals(c.id(), classId);
        // Re-joining is fine and adds no second membership.
        QuarkusTransaction.requiringNew().call(() -> enrolment.enrol(ann, c.code()));
        assertEquals(1, members(c.id()));
        ProblemException taken = assertThrows(ProblemException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> enrolment.enrol(learner("ANN"), c.code())));
        assertEquals(409, taken.status());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> enrolment.enrol(learner("Bo"), "ABCDEFG")));
        assertEquals(404, unknown.status());
        ProblemException rude = assertThrows(ProblemException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> enrolment.enrol(learner("fuck you"), c.code())));
        assertEquals(400, rude.status());
    }

    static Learner learner(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Learner learner = new Learner();
            learner.publicId = UUID.randomUUID().toString();
            learner.displayName = name;
            learner.resumeCode = UUID.randomUUID().toString().substring(0, 16);
            learner.createdAt = Instant.now();
            learner.persist();
            return learner;
        });
    }

    static long members(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> ClassMembership.count("classId", classId));
    }
}

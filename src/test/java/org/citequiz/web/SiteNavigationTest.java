package org.citequiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The site header: instructors reach their classes and games from any page; others see the learner's links. */
@QuarkusTest
class SiteNavigationTest {

    @Test
    void aSignedInInstructorSeesTheirPagesInTheHeaderOnEveryPage() {
        for (String page : new String[] {"/", "/instructor", "/instructor/classes"}) {
            given().auth().preemptive().basic("teacher", "teacher-test").get(page).then().statusCode(200)
                    .body(containsString("href=\"/instructor/classes\""))
                    .body(containsString("href=\"/instructor/games\""))
                    .body(containsString("action=\"/logout\""));
        }
    }

    @Test
    void pagesAreSentAsUtf8Bytes() {
        byte[] body = given().get("/").then().statusCode(200)
                .header("Content-Type", "text/html;charset=UTF-8").extract().asByteArray();
        String page = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("The NATO–Russia Council"), "the en dash survives");
        org.junit.jupiter.api.Assertions.assertEquals(body.length, page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void aLearnerSeesNoInstructorLinks() {
        given().get("/").then().statusCode(200)
                .body(containsString("href=\"/play/history\""))
                .body(containsString("href=\"/play/game\""))
                .body(not(containsString("href=\"/instructor/classes\"")))
                .body(not(containsString("action=\"/logout\"")));
    }
}

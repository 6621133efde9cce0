package org.citequiz.questionset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SetResourceTest {

    @Test
    void bundledSetIsListedWithItsFiveDocuments() {
        given().when().get("/api/sets").then().statusCode(200)
                .body("find { it.slug == 'nato-russia-council' }.documentCount", is(5));
    }

    @Test
    void questionsNeedAnInstructor() {
        given().when().get("/api/sets/1/questions").then().statusCode(401);
        given().auth().preemptive().basic("teacher", "wrong").when().get("/api/sets/1/questions").then().statusCode(401);
        given().auth().preemptive().basic("teacher", "teacher-test").when().get("/api/sets/1/questions").then()
                .statusCode(200).body("size()", greaterThan(0));
    }

    @Test
    void unknownSetIsAProblem() {
        given().when().get("/api/sets/999999").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void homePageListsTheBundledSet() {
        given().accept("text/html").when().get("/").then().statusCode(200)
                .body(containsString("NATO–Russia Council"));
    }
}

package org.citequiz.questionset;

import static org.citequiz.account.InstructorSession.teacherApi;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Sets with documents made through the API, for the instructor tests. */
final class InstructorFixtures {

    private InstructorFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = InstructorFixtures.class.getResourceAsStream("/instructor/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set owned by the test teacher with the Rosetta article; returns its id. */
    static long rosettaSet(String title) {
        long id = teacherApi().contentType("application/json").body(Map.of("title", title))
                .post("/api/sets").then().statusCode(201).extract().jsonPath().getLong("id");
        teacherApi().contentType("application/json")
                .body(Map.of("title", "Rosetta: ten years to catch a comet", "text", resource("rosetta.txt")))
                .post("/api/sets/" + id + "/documents").then().statusCode(201);
        return id;
    }

    static JsonPath questions(long setId) {
        return teacherApi().get("/api/sets/" + setId + "/questions").then().statusCode(200).extract().jsonPath();
    }

    static List<Long> questionIds(long setId) {
        return questions(setId).getList("id", Long.class);
    }

    static long documentId(long setId) {
        return teacherApi().get("/api/sets/" + setId).then().statusCode(200).extract().jsonPath()
                .getLong("documents[0].id");
    }

    static long documentCount(long setId) {
        return teacherApi().get("/api/sets/" + setId).then().statusCode(200).extract().jsonPath()
                .getLong("documentCount");
    }
}

package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Claims entered by hand do not duplicate what is recorded: neither the claim nor its speaker. */
@QuarkusTest
class ManualEntryDuplicatesTest {

    private static Response create(Map<String, ?> body, boolean allowOverlap) {
        return given().contentType(ContentType.JSON).queryParam("allowOverlap", allowOverlap).body(body).post("/api/v1/claims");
    }

    private static Map<String, ?> statement(String sourceId, String speaker, String quote) {
        return Map.of("kind", "STATEMENT", "speaker", Map.of("name", speaker, "kind", "GOVERNMENT"),
                "sourceId", sourceId, "quote", Map.of("exact", quote));
    }

    @Test
    void aQuoteOverlappingARecordedClaimIsRefusedNamingItUnlessAllowed() {
        String source = TestData.source();
        String first = TestData.claim(source, "Speaker " + TestData.unique());
        Map<String, ?> overlapping = statement(source, "Speaker " + TestData.unique(), "12,000 North Korean soldiers");
        create(overlapping, false).then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/claims/" + first))
                .body("existingId", equalTo(first))
                .body("detail", containsString("allowOverlap=true"));
        String second = create(overlapping, true).then().statusCode(201).extract().path("id");
        given().get("/api/v1/claims/" + second + "/similar").then().statusCode(200)
                .body("items[0].claim.id", equalTo(first))
                .body("items[0].overlapping", equalTo(true));
        // Text next to the recorded quote, not overlapping it, is recorded.
        create(statement(source, "Speaker " + TestData.unique(), "including Ussuriysk"), false).then().statusCode(201);
    }

    @Test
    void aSpeakerNamedWithAnAcronymInParenthesesIsTheActorWithThatAliasOrName() {
        String id = TestData.unique().toUpperCase();
        String acronym = "H" + id;
        String actor = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Defense Intelligence Agency " + id, "kind", "GOVERNMENT", "aliases", List.of(acronym)))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        create(statement(TestData.source(), "Defence Intelligence of Ukraine (" + acronym + ")", TestData.TROOPS_QUOTE), false)
                .then().statusCode(201).body("speaker.id", equalTo(actor));
        create(statement(TestData.source(), "Defense Intelligence Agency " + id + " (DIA)", TestData.TROOPS_QUOTE), false)
                .then().statusCode(201).body("speaker.id", equalTo(actor));
        create(statement(TestData.source(), "defense-intelligence  agency " + id.toLowerCase(), TestData.TROOPS_QUOTE), false)
                .then().statusCode(201).body("speaker.id", equalTo(actor));
    }

    @Test
    void theReadmeExampleRecordsAClaimOfTheExtractedAgencyAndRefusesTheExtractedOne() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/samples/002_06944bffa7e5bff6.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The sample article, kept distinct from the one other tests store by a line at its end.
        String source = given().contentType(ContentType.JSON).queryParam("extract", true)
                .body(Map.of("text", text + "\n" + TestData.unique() + "\n"))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        JsonPath extracted = given().queryParam("limit", 200).get("/api/v1/sources/" + source + "/claims").then().extract().jsonPath();
        String troops = extracted.getString("items.find { it.quote.exact.startsWith('about 12,000') }.id");
        String agency = extracted.getString("items.find { it.quote.exact.startsWith('about 12,000') }.speaker.id");
        assertEquals(4694, text.indexOf("about 12,000"));

        // The request body of the README's example, as written there, with the article's id.
        String readme = Files.readString(Path.of("README.md"));
        int example = readme.indexOf("SOURCE=$(curl");
        int from = readme.indexOf("-d '", example) + "-d '".length();
        String body = readme.substring(from, readme.indexOf("}'\n", from) + 1).replace("'\"$SOURCE\"'", source);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/claims").then().statusCode(201)
                .body("speaker.id", equalTo(agency))
                .body("appearances[0].quote.start", equalTo(text.indexOf("Russian Deputy Minister")));
        Map<String, Object> twin = Map.of(
                "kind", "STATEMENT",
                "speaker", Map.of("name", "Defence Intelligence of Ukraine (HUR)", "kind", "GOVERNMENT"),
                "sourceId", source,
                "quote", Map.of("exact", "about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia"));
        given().contentType(ContentType.JSON).body(twin).post("/api/v1/claims").then().statusCode(409)
                .body("existingId", equalTo(troops))
                .body("detail", containsString("characters 4694-4882"));
    }
}

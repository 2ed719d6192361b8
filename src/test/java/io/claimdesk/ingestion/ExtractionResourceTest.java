package io.claimdesk.ingestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExtractionResourceTest {

    private static String article(String marker) {
        return "Harbor authority doubles ferry fares " + marker + "\n\n"
                + "By: Mara Quill\n\n"
                + "The harbor authority will double ferry fares next spring, officials said on Monday.\n\n"
                + "“We cannot keep the boats running at today's prices,” said Tomas Vell" + marker
                + ", director of the Harbor Authority. “The fuel bill alone rose by 40 percent.”\n\n"
                + "According to the harbor authority, 3,200 passengers use the ferries every day.\n\n"
                + "Leave a Comment\n";
    }

    private static JsonPath ingest(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .queryParam("extract", true)
                .post("/api/v1/sources")
                .then().statusCode(201)
                .body("extraction.claimsCreated", greaterThan(0))
                .extract().jsonPath();
    }

    @Test
    void ingestingWithExtractionFillsMetadataAndCreatesAttributedClaims() {
        String marker = TestData.unique().replaceAll("[0-9-]", "x");
        JsonPath source = ingest(article(marker));
        assertEquals("Harbor authority doubles ferry fares " + marker, source.getString("title"));
        assertEquals(List.of("Mara Quill"), source.getList("authors"));

        given().get("/api/v1/sources/" + source.getString("id") + "/claims")
                .then().statusCode(200)
                .body("items.origin", everyItem(equalTo("EXTRACTED")))
                .body("items.status", everyItem(equalTo("NEW")))
                .body("items.confidence", everyItem(notNullValue()))
                .body("items.findAll { it.kind == 'QUOTE' }.speaker.name", everyItem(equalTo("Tomas Vell" + marker)))
                .body("items.findAll { it.kind == 'QUOTE' }.attribution.mode", everyItem(equalTo("DIRECT")))
                .body("items.find { it.quote.exact.startsWith('We cannot') }.attribution.cue", equalTo("said"))
                .body("items.find { it.quote.exact.contains('3,200 passengers') }.kind", equalTo("STATEMENT"))
                .body("items.find { it.quote.exact.contains('3,200 passengers') }.attribution.cue", equalTo("according to"))
                .body("items.find { it.quote.exact.contains('3,200 passengers') }.figures[0].value", equalTo(3200))
                .body("items.quote.exact", everyItem(not(equalTo("Leave a Comment"))));
    }

    @Test
    void aClaimReadsAlikeInItsDetailInClaimListsAndInItsSourcesList() {
        String source = ingest(article(TestData.unique().replaceAll("[0-9-]", "x"))).getString("id");
        Map<String, Object> inSource = given().get("/api/v1/sources/" + source + "/claims").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.quote.exact.contains('3,200 passengers') }");
        String id = (String) inSource.get("id");
        Map<String, Object> detail = given().get("/api/v1/claims/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> listed = given().queryParam("sourceId", source).get("/api/v1/claims").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == '" + id + "' }");

        assertEquals(3200, ((Map<?, ?>) ((List<?>) detail.get("figures")).get(0)).get("value"));
        assertNotNull(listed, "the claim in the list filtered by its source");
        for (String field : List.of("id", "text", "kind", "speaker", "status", "verdict", "attributionVerdict", "tags",
                "origin", "confidence", "figures", "createdAt", "updatedAt", "assignee")) {
            assertEquals(detail.get(field), listed.get(field), field);
            assertEquals(detail.get(field), inSource.get(field), field);
        }
        assertEquals(detail.get("appearances"), listed.get("appearances"));
        List<?> appearances = (List<?>) detail.get("appearances");
        Map<?, ?> appearance = (Map<?, ?>) appearances.get(0);
        assertEquals(appearance.get("id"), inSource.get("appearanceId"));
        assertEquals(appearance.get("quote"), inSource.get("quote"));
        assertEquals(appearance.get("attribution"), inSource.get("attribution"));
    }

    @Test
    void runningExtractionAgainAddsNothingTwice() {
        JsonPath source = ingest(article(TestData.unique().replaceAll("[0-9-]", "x")));
        int found = source.getInt("extraction.claimsFound");
        given().post("/api/v1/sources/" + source.getString("id") + "/extraction")
                .then().statusCode(200)
                .body("claimsFound", equalTo(found))
                .body("claimsCreated", equalTo(0));
        given().get("/api/v1/sources/" + source.getString("id") + "/claims")
                .then().body("items", hasSize(source.getInt("extraction.claimsCreated")));
    }

    @Test
    void theRequestsOwnMetadataWinsOverTheText() {
        String text = article(TestData.unique().replaceAll("[0-9-]", "x"));
        given().contentType(ContentType.JSON).body(Map.of("text", text, "title", "Given title", "authors", List.of("Given Author")))
                .post("/api/v1/sources")
                .then().statusCode(201)
                .body("title", equalTo("Given title"))
                .body("authors", contains("Given Author"))
                .body("extraction", nullValue());
    }

    @Test
    void oneSpeakerQuotedInTwoArticlesIsOneActorWhateverTheHyphenation() {
        String surname = "Quon" + TestData.unique().replaceAll("[0-9-]", "x").substring(0, 4);
        String first = "Talks resume " + TestData.unique() + "\n\n“We are ready to talk,” said Minister Pak "
                + surname + "-il, the foreign minister.\n";
        String second = "Talks stall " + TestData.unique() + "\n\n“We were ready to talk,” Pak " + surname
                + " Il said on Friday.\n";
        ingest(first);
        ingest(second);
        given().queryParam("q", surname).get("/api/v1/actors")
                .then().statusCode(200)
                .body("items", hasSize(1));
        String actor = given().queryParam("q", surname).get("/api/v1/actors").then().extract().path("items[0].id");
        given().get("/api/v1/actors/" + actor + "/claims").then().body("items", hasSize(2));
    }

    @Test
    void anonymousSourcesAreKeptAsAnonymousActors() {
        String text = "Border closed " + TestData.unique() + "\n\n“The crossing will stay shut for weeks,” a senior border official said.\n";
        String source = ingest(text).getString("id");
        given().get("/api/v1/sources/" + source + "/claims")
                .then().body("items.speaker.kind", hasItem("ANONYMOUS"));
    }

    @Test
    void theSampleArticleYieldsTheTroopsClaimWithItsFigureAndItsAgency() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/samples/002_06944bffa7e5bff6.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String source = ingest(text).getString("id");
        JsonPath claims = given().queryParam("limit", 200).get("/api/v1/sources/" + source + "/claims").then().extract().jsonPath();
        Map<String, Object> troops = claims.getMap("items.find { it.quote.exact.contains('12,000 North Korean soldiers') }");
        assertEquals("STATEMENT", troops.get("kind"));
        assertEquals("according to", ((Map<?, ?>) troops.get("attribution")).get("cue"));
        assertEquals(List.of(Map.of("value", 12000, "unit", "soldiers")), troops.get("figures"));
        String speaker = (String) ((Map<?, ?>) troops.get("speaker")).get("id");
        given().get("/api/v1/actors/" + speaker)
                .then().body("aliases", hasItem("HUR"))
                .body("name", containsString("Intelligence"));
    }

    @Test
    void extractionOfAnUnknownSourceIsNotFound() {
        given().post("/api/v1/sources/00000000-0000-0000-0000-000000000000/extraction").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("text", "x " + TestData.unique())).queryParam("extract", "maybe")
                .post("/api/v1/sources").then().statusCode(400);
    }
}

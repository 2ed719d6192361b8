package io.claimdesk.publishing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The ClaimReview is well-formed JSON-LD in the schema.org vocabulary: every object is typed, and every property
 * it uses is one schema.org defines on that type (per src/test/resources/schemaorg-properties.json).
 */
@QuarkusTest
class ClaimReviewJsonLdTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYWORDS = Set.of("@type", "@id");
    private static Map<String, Set<String>> vocabulary;

    @BeforeAll
    static void readVocabulary() throws IOException {
        try (InputStream in = ClaimReviewJsonLdTest.class.getResourceAsStream("/schemaorg-properties.json")) {
            JsonNode types = JSON.readTree(in);
            vocabulary = new HashMap<>();
            types.fieldNames().forEachRemaining(type -> {
                if (!type.startsWith("_")) {
                    Set<String> properties = new TreeSet<>();
                    types.get(type).forEach(property -> properties.add(property.asText()));
                    vocabulary.put(type, properties);
                }
            });
        }
    }

    private static String source(String url, String publisher, String publishedAt) {
        String text = "Article " + TestData.unique() + ".\n\n" + TestData.TROOPS_SENTENCE + "\n";
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "title", "Troops in Russia " + TestData.unique(), "publisher", publisher,
                        "publishedAt", publishedAt, "text", text))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    /** A published claim by an organization with a sameAs link, in a later and an earlier article. */
    private static String published(String verdict) {
        String id = TestData.unique();
        String later = source("https://news.example.org/later-" + id, "Later Times", "2024-10-26T08:00:00Z");
        String earlier = source("https://news.example.org/earlier-" + id, "Early Herald", "2024-10-20T08:00:00Z");
        String actor = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Defence Intelligence " + id, "kind", "GOVERNMENT",
                        "sameAs", List.of("https://www.wikidata.org/wiki/Q56226")))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "speaker", Map.of("id", actor), "sourceId", later,
                        "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("sourceId", earlier, "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(201);
        TestData.approvedReview(claim, verdict, "CONFIRMED");
        given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        return claim;
    }

    private static JsonNode claimReview(String claim) throws IOException {
        String body = given().accept("application/ld+json").get("/api/v1/claims/" + claim + "/claim-review")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    private void check(JsonNode node, String where, List<String> faults) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where + "[" + i + "]", faults);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asText(null);
        if (type == null) {
            faults.add(where + ": no @type");
            return;
        }
        Set<String> properties = vocabulary.get(type);
        if (properties == null) {
            faults.add(where + ": type " + type + " is not in the vetted vocabulary");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            boolean allowed = KEYWORDS.contains(name) || name.equals("@context") && where.equals("$")
                    || properties.contains(name);
            if (!allowed) {
                faults.add(where + "." + name + ": not a schema.org property of " + type);
            }
            check(field.getValue(), where + "." + name, faults);
        }
    }

    @Test
    void everyObjectIsTypedAndUsesOnlyPropertiesOfItsType() throws IOException {
        for (String verdict : List.of("MOSTLY_TRUE", "UNVERIFIABLE")) {
            JsonNode document = claimReview(published(verdict));
            assertEquals("https://schema.org", document.path("@context").asText());
            List<String> faults = new ArrayList<>();
            check(document, "$", faults);
            assertTrue(faults.isEmpty(), verdict + ": " + String.join("\n", faults));
        }
    }

    @Test
    void aRepublishedReviewKeepsItsDatePublishedAndGainsDateModifiedFromTheVocabulary() throws IOException {
        String claim = published("MOSTLY_TRUE");
        String datePublished = claimReview(claim).path("datePublished").asText();
        TestData.approvedReview(claim, "MOSTLY_FALSE", "CONFIRMED");
        given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        JsonNode document = claimReview(claim);
        assertEquals(datePublished, document.path("datePublished").asText());
        assertTrue(Instant.parse(document.path("dateModified").asText()).isAfter(Instant.parse(datePublished)),
                document.toString());
        assertEquals(2, document.path("reviewRating").path("ratingValue").asInt());
        List<String> faults = new ArrayList<>();
        check(document, "$", faults);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void theCheckCatchesAnUnknownPropertyAndAnUntypedObject() {
        List<String> faults = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        check(json.createObjectNode().put("@type", "Rating").put("score", 3), "$", faults);
        check(json.createObjectNode().put("name", "untyped"), "$", faults);
        assertEquals(2, faults.size(), faults.toString());
    }

    @Test
    void itDescribesTheClaimItsSpeakerItsAppearancesAndThePublisher() throws IOException {
        String claim = published("MOSTLY_TRUE");
        JsonNode document = claimReview(claim);
        assertEquals("ClaimReview", document.path("@type").asText());
        assertEquals("https://claimdesk.example.org/reviews/" + claim, document.path("url").asText());
        assertTrue(document.path("claimReviewed").asText().startsWith("about 12,000 North Korean soldiers"));
        assertEquals(4, document.path("reviewRating").path("ratingValue").asInt());
        assertEquals("Mostly true", document.path("reviewRating").path("alternateName").asText());
        assertEquals("Organization", document.path("author").path("@type").asText());
        assertEquals("Claimdesk", document.path("author").path("name").asText());
        assertEquals("https://claimdesk.example.org", document.path("author").path("url").asText());
        assertFalse(document.path("datePublished").asText().isEmpty());

        JsonNode item = document.path("itemReviewed");
        assertEquals("Claim", item.path("@type").asText());
        assertEquals("Organization", item.path("author").path("@type").asText());
        assertEquals("https://www.wikidata.org/wiki/Q56226", item.path("author").path("sameAs").path(0).asText());
        assertEquals("2024-10-20T08:00:00Z", item.path("datePublished").asText());
        assertTrue(item.path("firstAppearance").path("url").asText().contains("/earlier-"));
        assertEquals("Early Herald", item.path("firstAppearance").path("publisher").path("name").asText());
        assertEquals(2, item.path("appearance").size());
    }

    @Test
    void anUnverifiableClaimHasNoNumericRating() throws IOException {
        JsonNode rating = claimReview(published("UNVERIFIABLE")).path("reviewRating");
        assertEquals("Unverifiable", rating.path("alternateName").asText());
        assertTrue(rating.path("ratingValue").isMissingNode());
    }
}

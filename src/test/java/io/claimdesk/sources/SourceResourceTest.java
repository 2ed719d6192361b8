package io.claimdesk.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SourceResourceTest {

    @Test
    void storesTheTextVerbatimWithItsHashAndNormalizedUrl() {
        String text = "  Storm closes the northern harbor for a week " + TestData.unique()
                + "\r\n\r\nThe harbor stays shut while crews clear the debris, the port said in a “short statement”.\n";
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "HTTPS://News.Example.org/a/" + TestData.unique() + "/?utm_source=feed", "text", text,
                        "authors", List.of("Jo Eun-ah"), "publishedAt", "2024-10-26T09:00:00Z"))
                .post("/api/v1/sources")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/sources/"))
                .body("text", equalTo(text))
                .body("title", containsString("Storm closes the northern harbor"))
                .body("url", containsString("https://news.example.org/a/"))
                .body("url", not(containsString("utm_source")))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("authors", hasItem("Jo Eun-ah"))
                .body("publishedAt", equalTo("2024-10-26T09:00:00Z"));
    }

    @Test
    void sameUrlTwiceIsAConflictNamingTheExistingSource() {
        String url = "https://news.example.org/" + TestData.unique();
        String id = given().contentType(ContentType.JSON).body(Map.of("url", url, "text", "First " + TestData.unique()))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("url", url + "#comments", "text", "Other " + TestData.unique()))
                .post("/api/v1/sources")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id))
                .header("Location", containsString(id));
    }

    @Test
    void sameTextTwiceIsAConflictNamingTheExistingSource() {
        String text = "Same text " + TestData.unique();
        String id = TestData.source(text);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/sources")
                .then().statusCode(409)
                .body("existingId", equalTo(id));
    }

    @Test
    void refusesASourceWithoutTextOrWithABadUrl() {
        given().contentType(ContentType.JSON).body(Map.of("title", "No text"))
                .post("/api/v1/sources")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("text"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/x", "text", "t " + TestData.unique()))
                .post("/api/v1/sources")
                .then().statusCode(400)
                .body("detail", containsString("url"));
    }

    @Test
    void getsASourceWithAnETag() {
        String id = TestData.source();
        given().get("/api/v1/sources/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("text", containsString(TestData.TROOPS_QUOTE));
    }

    @Test
    void unknownSourceIsNotFound() {
        given().get("/api/v1/sources/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void listsByPublisherPageByPageWithoutTextOrRepeats() {
        String publisher = "Publisher " + TestData.unique();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("publisher", publisher, "text", "Item " + i + " " + TestData.unique()))
                    .post("/api/v1/sources").then().statusCode(201);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("publisher", publisher.toUpperCase()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/sources").then().statusCode(200)
                    .body("items.text", everyItem(nullValue()))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void searchesTitleAndTextRankedByRelevance() {
        String word = "zebrafinch" + TestData.unique().replaceAll("[0-9-]", "");
        String weak = TestData.source("A story about many things. " + word + " appears once. " + TestData.unique());
        String strong = given().contentType(ContentType.JSON)
                .body(Map.of("title", word + " " + word, "text", word + " and " + word + " again " + TestData.unique()))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        given().queryParam("q", word).get("/api/v1/sources")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(strong))
                .body("items[1].id", equalTo(weak));
    }

    @Test
    void listsTheClaimsOfASourceInTextOrderWithTheirQuotes() {
        String text = "First, Ann said “one thing”. Then Bob said “another thing”. " + TestData.unique();
        String source = TestData.source(text);
        for (String quote : List.of("another thing", "one thing")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "QUOTE", "speaker", Map.of("name", "Speaker " + TestData.unique()),
                            "sourceId", source, "quote", Map.of("exact", quote)))
                    .post("/api/v1/claims").then().statusCode(201);
        }
        given().get("/api/v1/sources/" + source + "/claims")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].quote.exact", equalTo("one thing"))
                .body("items[0].quote.start", equalTo(text.indexOf("one thing")))
                .body("items[0].quote.end", equalTo(text.indexOf("one thing") + "one thing".length()))
                .body("items[1].quote.exact", equalTo("another thing"))
                .body("items[1].speaker.name", containsString("Speaker"))
                .body("nextCursor", nullValue());
    }

    @Test
    void textOrderIsNumericNotAlphabetical() {
        String text = "Opening lines of the article, then Ann said “early words”." + " Filler.".repeat(10) + " Bob said “late words”. " + TestData.unique();
        String source = TestData.source(text);
        for (String quote : List.of("late words", "early words")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "QUOTE", "speaker", Map.of("name", "Speaker " + TestData.unique()),
                            "sourceId", source, "quote", Map.of("exact", quote)))
                    .post("/api/v1/claims").then().statusCode(201);
        }
        given().get("/api/v1/sources/" + source + "/claims")
                .then().body("items.quote.exact", contains("early words", "late words"));
        String cursor = given().queryParam("limit", 1).get("/api/v1/sources/" + source + "/claims")
                .then().body("items.quote.exact", contains("early words")).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/sources/" + source + "/claims")
                .then().body("items.quote.exact", contains("late words"));
    }

    @Test
    void claimsOfAnUnknownSourceAreNotFound() {
        given().get("/api/v1/sources/00000000-0000-0000-0000-000000000000/claims").then().statusCode(404);
    }
}

package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void recordsAClaimAnchoredInItsSourceWithANewSpeaker() {
        String source = TestData.source();
        String speaker = "Defence Intelligence " + TestData.unique();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "speaker", Map.of("name", speaker, "kind", "GOVERNMENT"),
                        "sourceId", source, "quote", Map.of("exact", TestData.TROOPS_QUOTE), "tags", List.of("Troops", "troops ")))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .header("ETag", equalTo("W/\"0\""))
                .header("Location", containsString("/api/v1/claims/"))
                .body("text", equalTo(TestData.TROOPS_QUOTE))
                .body("status", equalTo("NEW"))
                .body("verdict", nullValue())
                .body("origin", equalTo("MANUAL"))
                .body("tags", contains("troops"))
                .body("speaker.name", equalTo(speaker))
                .body("speaker.kind", equalTo("GOVERNMENT"))
                .body("appearances", hasSize(1))
                .body("appearances[0].source.id", equalTo(source))
                .body("appearances[0].quote.exact", equalTo(TestData.TROOPS_QUOTE))
                .body("appearances[0].quote.prefix", containsString("According to HUR, "))
                .body("appearances[0].quote.suffix", equalTo(", including Ussuriysk.\n"));
    }

    @Test
    void aKnownSpeakerNameOrAliasIsReused() {
        String alias = "HUR-" + TestData.unique();
        String actor = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Defence Intelligence of Ukraine " + TestData.unique(), "kind", "GOVERNMENT", "aliases", List.of(alias)))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "text", "A claim", "speaker", Map.of("name", alias.toLowerCase())))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .body("speaker.id", equalTo(actor));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "text", "A claim", "speaker", Map.of("id", actor)))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .body("speaker.id", equalTo(actor));
    }

    @Test
    void aQuoteTheSourceDoesNotContainIsUnprocessableAndNothingIsStored() {
        String source = TestData.source();
        String speaker = "Nobody " + TestData.unique();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUOTE", "speaker", Map.of("name", speaker), "sourceId", source,
                        "quote", Map.of("exact", "words that are not in the article")))
                .post("/api/v1/claims")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimdesk:problem:quote-not-found"));
        given().queryParam("sourceId", source).get("/api/v1/claims").then().body("items", hasSize(0));
        given().queryParam("q", speaker).get("/api/v1/actors").then().body("items", hasSize(0));
    }

    @Test
    void unknownSourceOrSpeakerIdsAreUnprocessable() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUOTE", "sourceId", "00000000-0000-0000-0000-000000000000", "quote", Map.of("exact", "x")))
                .post("/api/v1/claims").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUOTE", "text", "x", "speaker", Map.of("id", "00000000-0000-0000-0000-000000000000")))
                .post("/api/v1/claims").then().statusCode(422);
    }

    @Test
    void incompleteClaimsAreBadRequestsListingEachProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", "00000000-0000-0000-0000-000000000000", "speaker", Map.of("id", "00000000-0000-0000-0000-000000000000", "name", "Both")))
                .post("/api/v1/claims")
                .then().statusCode(400)
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("quote"))
                .body("violations.field", hasItem("text"))
                .body("violations.field", hasItem("speaker.name"));
    }

    @Test
    void getShowsAppearancesLatestReviewAndEvidence() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MOSTLY_TRUE", "attribution", "CONFIRMED", "rationale", "Matches later estimates"))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/estimate", "stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201);
        given().get("/api/v1/claims/" + claim)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("status", equalTo("REVIEWED"))
                .body("verdict", equalTo("MOSTLY_TRUE"))
                .body("latestReview.verdict", equalTo("MOSTLY_TRUE"))
                .body("evidence", hasSize(1))
                .body("evidence[0].stance", equalTo("SUPPORTS"))
                .body("appearances", hasSize(1));
    }

    @Test
    void patchChangesTextTagsAndStatusWithTheCurrentETag() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String etag = TestData.etag("/api/v1/claims/" + claim);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "Edited", "tags", List.of("Edited"), "status", "IN_REVIEW"))
                .patch("/api/v1/claims/" + claim)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("text", equalTo("Edited"))
                .body("tags", contains("edited"))
                .body("status", equalTo("IN_REVIEW"))
                .body("version", equalTo(1));
    }

    @Test
    void patchAcceptsMergePatchJson() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType("application/merge-patch+json").header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("kind", "QUOTE"))
                .patch("/api/v1/claims/" + claim)
                .then().statusCode(200)
                .body("kind", equalTo("QUOTE"));
    }

    @Test
    void patchWithoutOrWithAStaleETagIsRefused() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .patch("/api/v1/claims/" + claim).then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"5\"").body(Map.of("text", "x"))
                .patch("/api/v1/claims/" + claim).then().statusCode(412).header("ETag", equalTo("W/\"0\""));
    }

    @Test
    void disallowedStatusChangesAreConflicts() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("status", "REVIEWED"))
                .patch("/api/v1/claims/" + claim)
                .then().statusCode(409)
                .body("detail", containsString("post a review"));
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("status", "DISMISSED"))
                .patch("/api/v1/claims/" + claim).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("status", "IN_REVIEW"))
                .patch("/api/v1/claims/" + claim).then().statusCode(409);
    }

    @Test
    void deleteNeedsTheCurrentETagAndRemovesEverythingOfTheClaim() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/e", "stance", "CONTEXT"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201);
        given().delete("/api/v1/claims/" + claim).then().statusCode(428);
        given().header("If-Match", "W/\"9\"").delete("/api/v1/claims/" + claim).then().statusCode(412);
        given().header("If-Match", TestData.etag("/api/v1/claims/" + claim)).delete("/api/v1/claims/" + claim)
                .then().statusCode(204);
        given().get("/api/v1/claims/" + claim).then().statusCode(404);
        given().get("/api/v1/claims/" + claim + "/evidence").then().statusCode(404);
    }

    @Test
    void aClaimCanAppearInSeveralSourcesButOnlyOnceAtAQuote() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String other = TestData.source("Elsewhere: " + TestData.TROOPS_SENTENCE + " " + TestData.unique());
        Map<String, Object> appearance = Map.of("sourceId", other, "quote", Map.of("exact", TestData.TROOPS_QUOTE));
        given().contentType(ContentType.JSON).body(appearance)
                .post("/api/v1/claims/" + claim + "/appearances")
                .then().statusCode(201)
                .body("source.id", equalTo(other))
                .body("quote.start", equalTo(("Elsewhere: According to HUR, ").length()));
        given().contentType(ContentType.JSON).body(appearance)
                .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(409);
        given().get("/api/v1/claims/" + claim).then().body("appearances", hasSize(2));
        given().contentType(ContentType.JSON).body(Map.of("sourceId", other, "quote", Map.of("exact", "absent words")))
                .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(422);
        given().contentType(ContentType.JSON).body(appearance)
                .post("/api/v1/claims/00000000-0000-0000-0000-000000000000/appearances").then().statusCode(404);
    }

    @Test
    void filtersCombineAndPagesNeverRepeat() {
        String tag = "t" + TestData.unique();
        String source = TestData.source();
        String speakerName = "Filter Speaker " + TestData.unique();
        String first = TestData.claim(source, speakerName, tag);
        String second = TestData.claim(TestData.source(), speakerName, tag);
        String third = TestData.claimAlongsideOthers(source, "Someone Else " + TestData.unique(), tag);
        String speaker = given().get("/api/v1/claims/" + first).then().extract().path("speaker.id");

        given().queryParam("tag", tag).get("/api/v1/claims").then().body("items.id", contains(third, second, first));
        given().queryParam("tag", tag).queryParam("sourceId", source).get("/api/v1/claims")
                .then().body("items.id", contains(third, first));
        given().queryParam("tag", tag).queryParam("speakerId", speaker).get("/api/v1/claims")
                .then().body("items.id", contains(second, first));
        given().queryParam("tag", tag).queryParam("status", "NEW").queryParam("kind", "STATEMENT").get("/api/v1/claims")
                .then().body("items", hasSize(3));
        given().queryParam("tag", tag).queryParam("verdict", "FALSE").get("/api/v1/claims")
                .then().body("items", hasSize(0));

        String cursor = given().queryParam("tag", tag).queryParam("limit", 2).get("/api/v1/claims")
                .then().body("items.id", contains(third, second)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().queryParam("tag", tag).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/claims")
                .then().body("items.id", contains(first)).body("nextCursor", nullValue());
    }

    @Test
    void fullTextSearchFindsClaimsByTheirQuotesRankedByRelevance() {
        String word = "quokka" + TestData.unique().replaceAll("[0-9-]", "");
        String source = TestData.source("The " + word + " clause. The " + word + " " + word + " treaty. " + TestData.unique());
        String once = createQuote(source, "The " + word + " clause.");
        String twice = createQuote(source, "The " + word + " " + word + " treaty.");
        given().queryParam("q", word).get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.id", contains(twice, once));
        given().queryParam("q", "\"" + word + " treaty\"").get("/api/v1/claims")
                .then().body("items.id", contains(twice));
        given().queryParam("q", word + " -treaty").get("/api/v1/claims")
                .then().body("items.id", contains(once));
        String cursor = given().queryParam("q", word).queryParam("limit", 1).get("/api/v1/claims")
                .then().body("items.id", contains(twice)).extract().path("nextCursor");
        given().queryParam("q", word).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/claims")
                .then().body("items.id", contains(once)).body("nextCursor", nullValue());
    }

    private static String createQuote(String source, String exact) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "QUOTE", "sourceId", source, "quote", Map.of("exact", exact)))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
    }

    @Test
    void eachAppearanceKeepsWhomItsSourceAttributesTheClaimTo() {
        String claim = TestData.claim(TestData.source(), "Defence Intelligence " + TestData.unique());
        String other = TestData.source("Elsewhere: " + TestData.TROOPS_SENTENCE + " " + TestData.unique());
        String otherSpeaker = "Unnamed officials " + TestData.unique();
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", other, "quote", Map.of("exact", TestData.TROOPS_QUOTE),
                        "attribution", Map.of("cue", "according to"),
                        "speaker", Map.of("name", otherSpeaker, "kind", "ANONYMOUS")))
                .post("/api/v1/claims/" + claim + "/appearances")
                .then().statusCode(201)
                .body("attribution.speaker.name", equalTo(otherSpeaker))
                .body("attribution.cue", equalTo("according to"))
                .body("attribution.mode", equalTo("INDIRECT"));
        String speaker = given().get("/api/v1/claims/" + claim).then()
                .body("appearances[0].attribution.speaker.name", containsString("Defence Intelligence"))
                .body("appearances[1].attribution.speaker.name", equalTo(otherSpeaker))
                .extract().path("speaker.name");

        String corrected = "Corrected Speaker " + TestData.unique();
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("speaker", Map.of("name", corrected)))
                .patch("/api/v1/claims/" + claim)
                .then().statusCode(200)
                .body("appearances[0].attribution.speaker.name", equalTo(corrected))
                .body("appearances[1].attribution.speaker.name", equalTo(otherSpeaker));
        assertTrue(speaker.startsWith("Defence Intelligence"));
    }

    @Test
    void similarClaimsFromOtherSourcesComeFirstWhenTheySayTheSameThing() {
        String word = "treatyclause" + TestData.unique().replaceAll("[0-9-]", "");
        String sentence = "The pact includes an automatic " + word + " intervention clause";
        String first = createQuote(TestData.source("Seoul: " + sentence + ". " + TestData.unique()), sentence);
        String second = createQuote(TestData.source("Analysts: " + sentence + " for emergencies. " + TestData.unique()), sentence + " for emergencies");
        String unrelated = createQuote(TestData.source("Weather is mild today " + word + ". " + TestData.unique()), "Weather is mild today");
        String sameSource = given().get("/api/v1/claims/" + first).then().extract().path("appearances[0].source.id");
        String sibling = createQuote(sameSource, "Seoul");
        given().get("/api/v1/claims/" + first + "/similar")
                .then().statusCode(200)
                .body("items[0].claim.id", equalTo(second))
                .body("items[0].score", greaterThan(0.5f))
                .body("items.claim.id", not(hasItem(unrelated)))
                .body("items.claim.id", not(hasItem(sibling)))
                .body("items.claim.id", not(hasItem(first)))
                .body("nextCursor", equalTo(null));
        given().get("/api/v1/claims/00000000-0000-0000-0000-000000000000/similar").then().statusCode(404);
    }

    @Test
    void foldingAClaimMovesItsAppearancesAndEvidence() {
        String target = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String other = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/e", "stance", "CONTEXT"))
                .post("/api/v1/claims/" + other + "/evidence").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("claimId", other))
                .post("/api/v1/claims/" + target + "/merge")
                .then().statusCode(200)
                .body("appearances", hasSize(2))
                .body("evidence", hasSize(1));
        given().get("/api/v1/claims/" + other).then().statusCode(404);
    }

    @Test
    void aReviewedClaimCannotBeFoldedIn() {
        String target = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String reviewed = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + reviewed + "/reviews").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("claimId", reviewed))
                .post("/api/v1/claims/" + target + "/merge").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("claimId", target))
                .post("/api/v1/claims/" + target + "/merge").then().statusCode(400);
        given().get("/api/v1/claims/" + reviewed).then().statusCode(200);
    }

    @Test
    void limitsOutsideOneToTwoHundredAreBadRequests() {
        given().queryParam("limit", 0).get("/api/v1/claims").then().statusCode(400);
        given().queryParam("limit", 201).get("/api/v1/claims").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().queryParam("limit", 200).get("/api/v1/claims").then().statusCode(200);
    }
}

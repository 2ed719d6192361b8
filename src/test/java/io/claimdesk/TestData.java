package io.claimdesk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Creates what API tests need through the API itself, unique per call so tests never collide. */
public final class TestData {

    public static final String TROOPS_SENTENCE = "According to HUR, about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia, including Ussuriysk.";
    public static final String TROOPS_QUOTE = "about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia";

    private TestData() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A word found nowhere else: letters only, so that it is one lexeme. Each hex digit becomes a letter, so the word
     * is never the bare prefix ("after" and "before" are stop words, which search ignores).
     */
    public static String searchableWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (char digit : unique().toCharArray()) {
            word.append((char) ('g' + Character.digit(digit, 16)));
        }
        return word.toString();
    }

    /** Claims entered by hand whose text names the word, newest last. */
    public static List<String> claimsNaming(String word, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "STATEMENT", "text", "Claim " + unique() + " names " + word))
                    .post("/api/v1/claims").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    /** A source whose text is unique but contains the troops sentence. */
    public static String source() {
        return source("Article " + unique() + ".\n\n" + TROOPS_SENTENCE + "\n");
    }

    public static String source(String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Test article", "publisher", "Test Times", "text", text))
                .post("/api/v1/sources")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Another reviewer than the default caller, who approves reviews. */
    public static final String SECOND_REVIEWER = "j.park";

    /** A claim quoting the troops sentence in the given source, spoken by the named actor. */
    public static String claim(String sourceId, String speakerName, String... tags) {
        return claim(sourceId, speakerName, false, tags);
    }

    /** A claim quoting the troops sentence in a source where other claims may quote it too. */
    public static String claimAlongsideOthers(String sourceId, String speakerName, String... tags) {
        return claim(sourceId, speakerName, true, tags);
    }

    private static String claim(String sourceId, String speakerName, boolean allowOverlap, String... tags) {
        return given().contentType(ContentType.JSON).queryParam("allowOverlap", allowOverlap)
                .body(Map.of(
                        "kind", "STATEMENT",
                        "speaker", Map.of("name", speakerName, "kind", "GOVERNMENT"),
                        "sourceId", sourceId,
                        "quote", Map.of("exact", TROOPS_QUOTE),
                        "tags", List.of(tags)))
                .post("/api/v1/claims")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A review of the claim, by the default caller; returns its id. */
    public static String review(String claimId, String verdict, String attribution) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "attribution", attribution, "rationale", "Because " + verdict))
                .post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201)
                .body("verdict", equalTo(verdict))
                .body("claimId", equalTo(claimId))
                .body("reviewer", equalTo(Tokens.DEFAULT_USER))
                .extract().path("id");
    }

    /** A review of the claim by the default caller, approved by a second reviewer, so it can be published. */
    public static String approvedReview(String claimId, String verdict, String attribution) {
        String review = review(claimId, verdict, attribution);
        approve(claimId, review);
        return review;
    }

    /** A new claim with a review approved by a second reviewer: ready to publish. */
    public static String reviewedClaim(String verdict) {
        String claim = claim(source(), "Speaker " + unique());
        approvedReview(claim, verdict, "CONFIRMED");
        return claim;
    }

    public static void approve(String claimId, String reviewId) {
        given().header("Authorization", Tokens.bearer(Tokens.of(SECOND_REVIEWER, "reviewer")))
                .post("/api/v1/claims/" + claimId + "/reviews/" + reviewId + "/approvals")
                .then().statusCode(201);
    }

    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}

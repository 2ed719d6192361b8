package io.claimdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input of every kind is a 4xx problem that names what is wrong, never a Java type or a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    /** Every refusal is a problem with a type, a title and a detail, and names nothing of the implementation. */
    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:claimdesk:problem:"))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body(allOf(not(containsString("java.")), not(containsString("io.claimdesk")),
                        not(containsString("Exception")), not(containsString("\tat "))));
    }

    private static ValidatableResponse postClaim(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/claims").then();
    }

    @Test
    void malformedJson() {
        problem(postClaim("{\"kind\": \"QUOTE\", oops"), 400).body("detail", containsString("Malformed JSON"));
    }

    @Test
    void repeatedKeysAreRefused() {
        problem(postClaim("{\"kind\": \"QUOTE\", \"kind\": \"QUOTE\", \"text\": \"x\"}"), 400)
                .body("detail", containsString("Duplicate field 'kind'"));
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String other = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        problem(given().contentType(ContentType.JSON).body("{\"claimId\": \"" + other + "\", \"claimId\": \"" + other + "\"}")
                .post("/api/v1/claims/" + claim + "/merge").then(), 400);
        given().get("/api/v1/claims/" + other).then().statusCode(200);
    }

    @Test
    void dataAfterTheJsonDocumentIsRefused() {
        String source = "{\"text\": \"Said today.\"}";
        problem(given().contentType(ContentType.JSON).body(source + " xyz").post("/api/v1/sources").then(), 400)
                .body("detail", containsString("Malformed JSON"));
        problem(given().contentType(ContentType.JSON).body(source + source).post("/api/v1/sources").then(), 400)
                .body("detail", containsString("nothing after it"));
    }

    @Test
    void datesOutsideTheStorableRangeAreRefused() {
        for (String since : new String[] {"+300000-01-01T00:00:00Z", "-4714-11-24T00:00:00Z"}) {
            problem(given().queryParam("since", since).get("/api/v1/claim-reviews").then(), 400)
                    .body("detail", containsString("0001-01-01T00:00:00Z"));
        }
        problem(given().contentType(ContentType.JSON)
                .body("{\"text\": \"Said today.\", \"publishedAt\": \"+300000-01-01T00:00:00Z\"}")
                .post("/api/v1/sources").then(), 400)
                .body("detail", allOf(containsString("publishedAt"), containsString("9999-12-31")));
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"Said today.\", \"publishedAt\": 1700000000}")
                .post("/api/v1/sources").then(), 400)
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void cursorsHoldingWhatTheServiceNeverWritesAreRefused() {
        String id = java.util.UUID.randomUUID().toString();
        for (String raw : new String[] {"+300000-01-01T00:00:00Z|" + id, "a\0b|" + id}) {
            String cursor = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            problem(given().queryParam("cursor", cursor).get("/api/v1/claims").then(), 400);
            problem(given().queryParam("cursor", cursor).get("/api/v1/sources").then(), 400);
        }
    }

    @Test
    void idsInBodiesMustBeCanonicalUuids() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        for (String id : new String[] {"", "1-1-1-1-1"}) {
            problem(given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED",
                    "rationale", "Checked", "supersedes", id, "correctionReason", "Typo"))
                    .post("/api/v1/claims/" + claim + "/reviews").then(), 400)
                    .body("detail", containsString("supersedes must be a UUID"));
        }
        given().get("/api/v1/claims/" + claim + "/reviews").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void emptyBody() {
        problem(postClaim(""), 400);
    }

    @Test
    void bodyThatIsNotAnObject() {
        problem(postClaim("[1, 2]"), 400).body("detail", containsString("object"));
    }

    @Test
    void unknownProperty() {
        problem(postClaim("{\"kind\": \"QUOTE\", \"text\": \"x\", \"speakr\": {}}"), 400)
                .body("detail", containsString("speakr"));
    }

    @Test
    void unknownEnumValue() {
        problem(postClaim("{\"kind\": \"RUMOUR\", \"text\": \"x\"}"), 400)
                .body("detail", allOf(containsString("kind"), containsString("QUOTE, STATEMENT")));
    }

    @Test
    void wrongTypes() {
        problem(postClaim("{\"kind\": \"QUOTE\", \"text\": \"x\", \"tags\": \"one\"}"), 400)
                .body("detail", containsString("tags must be a list"));
        problem(postClaim("{\"kind\": \"QUOTE\", \"text\": \"x\", \"speaker\": {\"id\": 42}}"), 400)
                .body("detail", containsString("speaker.id"));
        problem(postClaim("{\"kind\": \"QUOTE\", \"sourceId\": \"not-a-uuid\", \"quote\": {\"exact\": \"x\"}}"), 400)
                .body("detail", containsString("sourceId must be a UUID"));
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"publishedAt\": \"last week\"}")
                .post("/api/v1/sources").then(), 400)
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void scalarsAreNotConvertedIntoAnotherType() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": 12}").post("/api/v1/sources").then(), 400)
                .body("detail", containsString("text must be a string"));
        problem(postClaim("{\"kind\": 0, \"text\": \"x\"}"), 400)
                .body("detail", containsString("QUOTE, STATEMENT"));
        problem(postClaim("{\"kind\": \"QUOTE\", \"text\": true}"), 400)
                .body("detail", containsString("text must be a string"));
    }

    @Test
    void textWithTheNulCharacterIsRefusedInBodiesAndQueries() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"a\\u0000b\"}").post("/api/v1/sources").then(), 400)
                .body("detail", containsString("text must not contain the NUL character"));
        problem(postClaim("{\"kind\": \"QUOTE\", \"text\": \"x\", \"tags\": [\"a\\u0000\"]}"), 400)
                .body("detail", containsString("tags[0] must not contain the NUL character"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/claims?q=a%00b").then(), 400)
                .body("detail", containsString("q must not contain the NUL character"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/sources?publisher=%00").then(), 400);
    }

    @Test
    void malformedQueryParameters() {
        problem(given().queryParam("status", "DONE").get("/api/v1/claims").then(), 400)
                .body("detail", containsString("IN_REVIEW"));
        problem(given().queryParam("speakerId", "42").get("/api/v1/claims").then(), 400)
                .body("detail", containsString("speakerId must be a UUID"));
        problem(given().queryParam("limit", "many").get("/api/v1/claims").then(), 400)
                .body("detail", containsString("limit"));
        problem(given().queryParam("cursor", "bogus").get("/api/v1/claims").then(), 400)
                .body("detail", containsString("cursor"));
        problem(given().queryParam("kind", "ALIEN").get("/api/v1/actors").then(), 400);
    }

    @Test
    void malformedIdsInPaths() {
        problem(given().get("/api/v1/claims/42").then(), 400).body("detail", containsString("UUID"));
        problem(given().get("/api/v1/sources/abc/claims").then(), 400);
    }

    @Test
    void unknownPathsAndMethodsAndMediaTypes() {
        problem(given().get("/api/v1/nothing").then(), 404);
        problem(given().put("/api/v1/claims").then(), 405).body("detail", containsString("PUT is not allowed"));
        // Paths below a claim served by resources of their own answer the same way.
        String claim = "/api/v1/claims/" + java.util.UUID.randomUUID();
        problem(given().put(claim + "/reviews").then(), 405).header("Allow", allOf(containsString("GET"), containsString("POST")));
        problem(given().patch(claim + "/history").then(), 405).header("Allow", equalTo("GET"));
        problem(given().contentType(ContentType.TEXT).body("x").post("/api/v1/claims").then(), 415)
                .body("detail", allOf(containsString("application/json"), not(containsString("@"))));
    }

    @Test
    void oversizedBodiesSentWithoutALengthAreRefusedToo() throws Exception {
        // A body from a stream goes out chunked, without Content-Length: the HTTP layer cuts it off at the limit.
        byte[] body = ("{\"text\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/sources"))
                .header("Content-Type", "application/json")
                .header("Authorization", Tokens.bearer(Tokens.of("t.test", "editor")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"type\":\"urn:claimdesk:problem:too-large\""), response.body());
        given().queryParam("q", "xxxxxxxxxx").get("/api/v1/sources").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void oversizedBodiesAreRefusedAsProblemsOnTheirDeclaredLength() throws Exception {
        // Only the headers go out: the answer must come before any of the body is sent, so no client can
        // lose it to a connection the server closes while the body is still on its way.
        long declared = 5L * 1024 * 1024 + 1;
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/v1/sources HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
            assertTrue(answer.contains("\"instance\":\"/api/v1/sources\""), answer);
        }
    }

    @Test
    void percentEncodedSpecialCharactersInPathsAreProblems() {
        for (String escape : new String[] {"%20", "%00", "%0A", "%22", "%25", "%3C", "%7B", "%7F"}) {
            problem(given().urlEncodingEnabled(false).get("/api/v1/claims/x" + escape + "y").then(), 400);
            problem(given().urlEncodingEnabled(false).get("/api/v1/claims/x" + escape + "y/reviews").then(), 400);
            problem(given().urlEncodingEnabled(false).get("/api/v1/nothing" + escape).then(), 404)
                    .body("detail", not(containsString("\u0000")));
            problem(given().urlEncodingEnabled(false).get("/q/health/" + escape).then(), 404);
        }
    }

    @Test
    void idsInPathsMustBeCanonicalUuids() {
        problem(given().get("/api/v1/claims/1-1-1-1-1").then(), 400).body("detail", containsString("id must be a UUID"));
        problem(given().queryParam("speakerId", "1-1-1-1-1").get("/api/v1/claims").then(), 400);
    }

    @Test
    void unknownQueryParametersAreRefusedNamingTheKnownOnes() {
        problem(given().queryParam("staus", "NEW").get("/api/v1/claims").then(), 400)
                .body("detail", allOf(containsString("\"staus\""), containsString("status"), containsString("cursor")));
        problem(given().queryParam("limit", "5").get("/api/v1/claims/" + java.util.UUID.randomUUID()).then(), 400)
                .body("detail", containsString("takes none"));
    }

    @Test
    void queriesThatAreNotPercentEncodedUnicodeAreRefused() {
        for (String query : new String[] {"q=%ED%B0%80", "q=%FF", "q=%C3"}) {
            problem(given().urlEncodingEnabled(false).get("/api/v1/claims?" + query).then(), 400)
                    .body("detail", containsString("\"q\" is not percent-encoded UTF-8"));
        }
    }

    @Test
    void textThatIsNotUnicodeIsRefusedAndNothingIsStored() {
        String name = "Lone surrogate " + TestData.unique();
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\\udc00\", \"kind\": \"PERSON\"}")
                .post("/api/v1/actors").then(), 400)
                .body("detail", containsString("name must be Unicode text"));
        given().queryParam("q", name).get("/api/v1/actors").then().body("items", org.hamcrest.Matchers.empty());
        // A right-to-left mark is Unicode text like any other, and kept as sent.
        given().contentType(ContentType.JSON).body(Map.of("name", "Right\u200fto left " + TestData.unique(), "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(201).body("name", containsString("\u200f"));
    }

    @Test
    void aBodyMustSayItIsJson() {
        for (String type : new String[] {"", "*/*"}) {
            problem(given().header("Content-Type", type).body("{\"text\": \"Said today.\"}".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/sources").then(), 415)
                    .body("detail", containsString("application/json"));
        }
    }

    @Test
    void validationNamesThePropertiesOfTheApi() {
        problem(given().contentType(ContentType.JSON).body(Map.of("kind", "QUOTE", "text", "x",
                        "speaker", Map.of("id", java.util.UUID.randomUUID().toString(), "name", "Both")))
                .post("/api/v1/claims").then(), 400)
                .body("violations[0].field", equalTo("speaker.name"))
                .body("violations[0].in", equalTo("body"))
                .body("detail", containsString("speaker.name"));
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        problem(given().contentType(ContentType.JSON).body(Map.of("stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then(), 400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("url"));
        problem(given().queryParam("limit", "0").get("/api/v1/claims").then(), 400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("query"));
        problem(given().contentType(ContentType.JSON).post("/api/v1/actors").then(), 400)
                .body("detail", containsString("needs a JSON object"))
                .body("violations", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void whatWasSentIsQuotedShortly() {
        String huge = "X".repeat(1_000_000);
        String answer = given().contentType(ContentType.JSON).body("{\"name\": \"n\", \"kind\": \"" + huge + "\"}")
                .post("/api/v1/actors").then().statusCode(400).extract().asString();
        assertTrue(answer.length() < 1_000, answer.length() + " characters");
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"n\", \"kind\": \"PERSON\", \"" + huge + "\": 1}")
                .post("/api/v1/actors").then(), 400);
    }

    @Test
    void longUrlsAndLargeHeadersAreRefusedAsProblems() {
        problem(given().queryParam("q", "a".repeat(9_000)).get("/api/v1/claims").then(), 414)
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        problem(given().header("X-Padding", "a".repeat(20_000)).get("/api/v1/claims").then(), 431)
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

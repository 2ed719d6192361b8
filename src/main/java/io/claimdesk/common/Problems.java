package io.claimdesk.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem details this service answers with, besides those the problem extension maps itself. */
public final class Problems {

    static final String TYPE_PREFIX = "urn:claimdesk:problem:";
    /** About as long as the pool waits for a connection: a retry sooner would most likely meet the same outage. */
    static final int RETRY_AFTER_SECONDS = 3;
    private static final int QUOTED_CODE_POINTS = 60;

    private Problems() {
    }

    public static HttpProblem notFound(String what, UUID id) {
        return problem(404, "not-found", "Not Found", what + " " + id + " does not exist").build();
    }

    public static HttpProblem badRequest(String detail) {
        return problem(400, "bad-request", "Bad Request", detail).build();
    }

    public static HttpProblem conflict(String detail) {
        return problem(409, "conflict", "Conflict", detail).build();
    }

    /** A duplicate of something already stored; the answer points at it. */
    public static HttpProblem duplicate(String detail, URI existing, UUID existingId) {
        return problem(409, "duplicate", "Already exists", detail)
                .with("existingId", existingId.toString())
                .withHeader("Location", existing)
                .build();
    }

    /** A review published before enough other reviewers approved it; the answer says how many are missing. */
    public static HttpProblem approvalsMissing(String detail, long missing) {
        return problem(409, "approvals-missing", "Approvals missing", detail)
                .with("missingApprovals", missing)
                .build();
    }

    public static HttpProblem unprocessable(String detail) {
        return problem(422, "unprocessable", "Unprocessable Content", detail).build();
    }

    public static HttpProblem quoteNotFound(UUID sourceId) {
        return problem(422, "quote-not-found", "Quote not found in source",
                "The quote does not occur in the text of source " + sourceId).build();
    }

    public static HttpProblem noResource(String path) {
        return problem(404, "not-found", "Not Found", "Nothing is at " + instance(path)).build();
    }

    public static HttpProblem concurrentChange() {
        return problem(412, "precondition-failed", "Precondition Failed",
                "The resource was changed by someone else at the same time; fetch it again and retry").build();
    }

    public static HttpProblem concurrentConflict() {
        return problem(409, "conflict", "Conflict",
                "Another request changed the same data at the same time; fetch the current state and retry").build();
    }

    /** The database is out of reach: nothing was wrong with the request, so the client may send it again. */
    public static HttpProblem databaseUnavailable() {
        return problem(503, "database-unavailable", "Service Unavailable",
                "The service cannot reach its database right now; retry in a few seconds")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * The database is up but could not answer in time: every connection was in use, or the statement ran past its
     * timeout. Nothing was wrong with the request; retrying later may find the database less busy.
     */
    public static HttpProblem databaseBusy() {
        return problem(503, "database-busy", "Service Unavailable",
                "The service's database is too busy to answer this request in time; retry in a few seconds")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * The request waited longer than it may for a thread to run it: the service has more requests than it can take.
     * Nothing was wrong with the request, and nothing of it was carried out.
     */
    public static HttpProblem serviceBusy() {
        return problem(503, "service-busy", "Service Unavailable",
                "The service has more requests than it can take right now; retry in a few seconds")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** No bearer token came with a request that needs one. */
    public static HttpProblem tokenMissing() {
        return problem(401, "unauthorized", "Unauthorized",
                "This operation needs a bearer token: send it as Authorization: Bearer <token>")
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    /** A bearer token came, and this service does not accept it; the detail says why. */
    public static HttpProblem tokenRefused(String reason) {
        return problem(401, "invalid-token", "Unauthorized", reason)
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return problem(403, "forbidden", "Forbidden", detail).build();
    }

    /** An answer the framework chose by status alone, such as 405 or 415, with what it means said in the detail. */
    public static HttpProblem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail).build();
    }

    /** An unsupported method, answered with the methods the path does take. */
    public static HttpProblem methodNotAllowed(String method, Collection<String> allowed) {
        String methods = String.join(", ", new TreeSet<>(allowed));
        return problem(405, "method-not-allowed", "Method Not Allowed",
                method + " is not allowed here" + (methods.isEmpty() ? "" : "; allowed: " + methods))
                .withHeader("Allow", methods)
                .build();
    }

    public static HttpProblem unsupportedMediaType() {
        return problem(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the request body as application/json, and say so in Content-Type").build();
    }

    public static HttpProblem tooLarge(long limit) {
        return problem(413, "too-large", "Content Too Large",
                "The request body is larger than the " + limit + " bytes this service accepts").build();
    }

    public static HttpProblem urlTooLong(int limit) {
        return problem(414, "url-too-long", "URI Too Long",
                "The request's URL is longer than the " + limit + " characters this service accepts").build();
    }

    public static HttpProblem headersTooLarge(int limit) {
        return problem(431, "headers-too-large", "Request Header Fields Too Large",
                "The request's headers are larger than the " + limit + " bytes this service accepts").build();
    }

    public static HttpProblem foreignOrigin(String origin) {
        return problem(403, "origin-not-allowed", "Forbidden",
                "Pages from " + quote(origin) + " may not call this API; its operators can allow the origin").build();
    }

    public static HttpProblem internalError() {
        return HttpProblem.builder().withStatus(500).withTitle("Internal Server Error").build();
    }

    public static HttpProblem preconditionRequired() {
        return problem(428, "precondition-required", "Precondition Required",
                "Send the resource's current ETag in If-Match to change it").build();
    }

    public static HttpProblem preconditionFailed(String currentEtag) {
        return problem(412, "precondition-failed", "Precondition Failed",
                "The resource was changed by someone else; fetch it again and retry")
                .withHeader("ETag", currentEtag)
                .build();
    }

    /** Some of what a client sent, quoted in an answer: enough to recognize it, never all of a huge value. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        int end = text.offsetByCodePoints(0, Math.min(QUOTED_CODE_POINTS, text.codePointCount(0, text.length())));
        return "\"" + text.substring(0, end) + (end < text.length() ? "…" : "") + "\"";
    }

    /** A request path as the instance of a problem: percent-encoded wherever a URI may not hold the character. */
    public static URI instance(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return URI.create(encoded.toString());
    }

    private static HttpProblem.Builder problem(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }
}

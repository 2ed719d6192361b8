package io.claimdesk.common;

import java.net.URI;
import java.util.UUID;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem details this service answers with, besides those the problem extension maps itself. */
public final class Problems {

    static final String TYPE_PREFIX = "urn:claimdesk:problem:";
    /** About as long as the pool waits for a connection: a retry sooner would most likely meet the same outage. */
    static final int RETRY_AFTER_SECONDS = 3;

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
        return problem(404, "not-found", "Not Found", "Nothing is at " + path).build();
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

    private static HttpProblem.Builder problem(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }
}

package io.claimdesk.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.examples.Example;

/** One problem body per status, as the service answers it, for the operation at the given path. */
final class ProblemExamples {

    private static final String ID = "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14";
    private static final String OTHER_ID = "0b6f3f8e-2f7c-4a59-9a43-0c8f1f1f7a11";
    private static final String TYPE = "urn:claimdesk:problem:";

    private ProblemExamples() {
    }

    /** A problem the service answers the same way whatever the operation. */
    private record Shared(String name, String summary, String type, String title, String detail) {
    }

    private static final Map<Integer, Shared> SHARED = Map.ofEntries(
            Map.entry(401, new Shared("unauthorized", "No bearer token", "unauthorized", "Unauthorized",
                    "This operation needs a bearer token: send it as Authorization: Bearer <token>")),
            Map.entry(403, new Shared("originNotAllowed", "A browser page from an origin the service does not allow",
                    "origin-not-allowed", "Forbidden",
                    "Pages from \"https://elsewhere.example\" may not call this API; its operators can allow the origin")),
            Map.entry(406, new Shared("notAcceptable", "An Accept header the operation cannot satisfy", "not-acceptable",
                    "Not Acceptable", "This resource cannot answer in any of the media types the Accept header names")),
            Map.entry(409, new Shared("conflict", "Another request changed the same data at the same time", "conflict",
                    "Conflict", "Another request changed the same data at the same time; fetch the current state and retry")),
            Map.entry(412, new Shared("preconditionFailed", "A stale ETag in If-Match", "precondition-failed",
                    "Precondition Failed", "The resource was changed by someone else; fetch it again and retry")),
            Map.entry(413, new Shared("tooLarge", "A body over the size limit", "too-large", "Content Too Large",
                    "The request body is larger than the 5242880 bytes this service accepts")),
            Map.entry(414, new Shared("urlTooLong", "A URL over the length limit", "url-too-long", "URI Too Long",
                    "The request's URL is longer than the 8192 characters this service accepts")),
            Map.entry(415, new Shared("unsupportedMediaType", "A body that is not declared JSON", "unsupported-media-type",
                    "Unsupported Media Type", "Send the request body as application/json, and say so in Content-Type")),
            Map.entry(422, new Shared("unprocessable", "A reference to something that does not exist", "unprocessable",
                    "Unprocessable Content", "Source " + OTHER_ID + " does not exist")),
            Map.entry(428, new Shared("preconditionRequired", "If-Match missing", "precondition-required",
                    "Precondition Required", "Send the resource's current ETag in If-Match to change it")),
            Map.entry(431, new Shared("headersTooLarge", "Headers over the size limit", "headers-too-large",
                    "Request Header Fields Too Large", "The request's headers are larger than the 16384 bytes this service accepts")),
            Map.entry(503, new Shared("databaseUnavailable", "The database is out of reach", "database-unavailable",
                    "Service Unavailable", "The service cannot reach its database right now; retry in a few seconds")));

    static Map<String, Example> of(int status, String path, PathItem item, Operation operation) {
        String instance = path.replaceAll("\\{[^}]+}", ID);
        if (status == 405) {
            String allowed = item.getOperations().keySet().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            return Map.of("methodNotAllowed", example("A method the path does not take", problem("method-not-allowed",
                    "Method Not Allowed", 405, "PUT is not allowed here; allowed: " + allowed, instance)));
        }
        if (status == 400) {
            return Map.of("badRequest", badRequest(path, operation, instance));
        }
        if (status == 404) {
            return Map.of("notFound", example("Nothing with this id",
                    problem("not-found", "Not Found", 404, noun(path) + " " + ID + " does not exist", instance)));
        }
        Shared shared = SHARED.get(status);
        if (shared == null) {
            // Statuses without a shared example keep their schema's.
            return Map.of();
        }
        return Map.of(shared.name(), example(shared.summary(),
                problem(shared.type(), shared.title(), status, shared.detail(), instance)));
    }

    /** What the service answers to the likeliest mistake with this operation. */
    private static Example badRequest(String path, Operation operation, String instance) {
        if (path.contains("{")) {
            String name = path.substring(path.indexOf('{') + 1, path.indexOf('}'));
            return example("A malformed id", problem("bad-request", "Bad Request", 400, name + " must be a UUID",
                    path.replaceFirst("\\{[^}]+}", "12345").replaceAll("\\{[^}]+}", ID)));
        }
        Optional<Parameter> limit = operation.getParameters() == null ? Optional.empty()
                : operation.getParameters().stream().filter(parameter -> "limit".equals(parameter.getName())).findFirst();
        if (limit.isPresent() && limit.get().getSchema() != null && limit.get().getSchema().getMaximum() != null) {
            String message = "must be less than or equal to " + limit.get().getSchema().getMaximum().toBigInteger();
            Map<String, Object> problem = problem("bad-request", "Bad Request", 400, "limit: " + message, instance);
            // In a fixed order: Map.of iterates in a different order in each run, and the contract file is compared.
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("in", "query");
            violation.put("field", "limit");
            violation.put("message", message);
            problem.put("violations", List.of(violation));
            return example("A page size out of range", problem);
        }
        return example("A body that is not one JSON document", problem("bad-request", "Bad Request", 400,
                "The request body must hold a single JSON document and nothing after it", instance));
    }

    private static String noun(String path) {
        if (path.contains("/evidence/")) {
            return "Evidence";
        }
        if (path.startsWith("/api/v1/actors")) {
            return "Actor";
        }
        if (path.startsWith("/api/v1/sources")) {
            return "Source";
        }
        return "Claim";
    }

    private static Example example(String summary, Map<String, Object> value) {
        return OASFactory.createExample().summary(summary).value(value);
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }
}

package io.claimdesk.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.examples.Example;

/** One problem body per status, as the service answers it, for the operation at the given path. */
final class ProblemExamples {

    private static final String ID = "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14";
    private static final String OTHER_ID = "0b6f3f8e-2f7c-4a59-9a43-0c8f1f1f7a11";
    private static final String TYPE = "urn:claimdesk:problem:";

    private ProblemExamples() {
    }

    static Map<String, Example> of(int status, String path, Operation operation) {
        String instance = path.replaceAll("\\{[^}]+}", ID);
        Map<String, Example> examples = new LinkedHashMap<>();
        switch (status) {
            case 400 -> examples.put("badRequest", badRequest(path, operation, instance));
            case 401 -> examples.put("unauthorized", example("No valid bearer token",
                    problem("unauthorized", "Unauthorized", 401, "A valid bearer token is required", instance)));
            case 403 -> examples.put("forbidden", example("The token's roles do not allow this",
                    problem("forbidden", "Forbidden", 403, "The token's roles do not allow this operation", instance)));
            case 404 -> examples.put("notFound", example("Nothing with this id",
                    problem("not-found", "Not Found", 404, noun(path) + " " + ID + " does not exist", instance)));
            case 405 -> examples.put("methodNotAllowed", example("A method the path does not take",
                    problem("method-not-allowed", "Method Not Allowed", 405, "The path does not take PUT", instance)));
            case 406 -> examples.put("notAcceptable", example("An Accept header the operation cannot satisfy",
                    problem("not-acceptable", "Not Acceptable", 406, "The answer can only be application/json", instance)));
            case 409 -> examples.put("conflict", example("The request conflicts with the current state",
                    problem("conflict", "Conflict", 409,
                            "Another request changed the same data at the same time; fetch the current state and retry", instance)));
            case 412 -> examples.put("preconditionFailed", example("A stale ETag in If-Match",
                    problem("precondition-failed", "Precondition Failed", 412,
                            "The resource was changed by someone else; fetch it again and retry", instance)));
            case 413 -> examples.put("tooLarge", example("A body over the size limit",
                    problem("payload-too-large", "Payload Too Large", 413,
                            "The request body is larger than 5242880 bytes", instance)));
            case 415 -> examples.put("unsupportedMediaType", example("A body that is not JSON",
                    problem("unsupported-media-type", "Unsupported Media Type", 415,
                            "The request body must be application/json", instance)));
            case 422 -> examples.put("unprocessable", example("A reference to something that does not exist",
                    problem("unprocessable", "Unprocessable Content", 422, "Source " + OTHER_ID + " does not exist", instance)));
            case 428 -> examples.put("preconditionRequired", example("If-Match missing",
                    problem("precondition-required", "Precondition Required", 428,
                            "Send the resource's current ETag in If-Match to change it", instance)));
            case 503 -> examples.put("databaseUnavailable", example("The database is out of reach",
                    problem("database-unavailable", "Service Unavailable", 503,
                            "The service cannot reach its database right now; retry in a few seconds", instance)));
            default -> {
                // Statuses without a shared example keep their schema's.
            }
        }
        return examples;
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
            problem.put("violations", List.of(Map.of("field", "limit", "in", "query", "message", message)));
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

package io.claimdesk.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.claimdesk.openapi.Contract.Operation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Drives every operation of openapi/openapi.yaml with requests drawn from its schemas, valid ones and broken ones,
 * and holds the service to the contract: no 5xx, every refusal a problem detail, every status documented, every
 * success shaped as documented, and a refused write leaves the database as it was.
 * <p>
 * The draw is fixed by -Dfuzz.seed (default below); -Dfuzz.cases=N draws more requests per operation.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_205L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 4);
    private static final String PROBLEM = "application/problem+json";
    private static final long BODY_LIMIT = 5L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TestHTTPResource("/")
    URL service;

    @Inject
    DataSource database;

    private final Contract contract = Contract.published();
    private final SchemaCheck schemas = new SchemaCheck(contract);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String token = Tokens.bearer(Tokens.of("fuzz.admin", "admin"));
    private final Map<String, List<String>> faults = new TreeMap<>();
    private Random random;
    private Fixture fixture;
    private int sent;
    private String tableStates;

    /** What the drawn requests refer to: a reviewed claim with evidence, and another claim to fold in. */
    private record Fixture(String source, String claim, String actor, String review, String evidence,
            String otherClaim, String otherActor) {
    }

    /** A request as sent: its kind says what was broken in it, and what the service must answer. */
    private record Request(String kind, String method, String path, String query, Map<String, String> headers,
            String body, boolean mustRefuse, int expectedStatus) {

        Request expecting(int status) {
            return new Request(kind, method, path, query, headers, body, true, status);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length() > 160 ? body.substring(0, 160) + "… (" + body.length() + " chars)" : body);
            return method + " " + path + (query.isEmpty() ? "" : "?" + (query.length() > 160 ? query.substring(0, 160) + "…" : query))
                    + " " + headers.keySet() + shown;
        }
    }

    private record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void draw() {
        random = new Random(SEED);
        fixture = fixture();
    }

    @Test
    void validRequestsAreAnsweredWithDocumentedStatusesAndBodiesThatFitTheirSchemas() {
        for (Operation operation : contract.apiOperations()) {
            for (int i = 0; i < CASES * 2; i++) {
                send(operation, valid(operation, "valid"));
            }
        }
        report();
    }

    @Test
    void brokenBodiesAreRefusedAsDocumentedProblemsAndChangeNothing() {
        for (Operation operation : contract.apiOperations()) {
            if (!operation.takesBody()) {
                continue;
            }
            for (int round = 0; round < Math.max(1, CASES / 4); round++) {
                brokenBodies(operation).forEach(request -> send(operation, request));
            }
        }
        report();
    }

    @Test
    void brokenParametersIdsAndHeadersAreRefusedAsDocumentedProblemsAndChangeNothing() {
        for (Operation operation : contract.apiOperations()) {
            for (int round = 0; round < Math.max(1, CASES / 4); round++) {
                brokenParameters(operation).forEach(request -> send(operation, request));
            }
        }
        report();
    }

    // ---- drawing requests

    private Request valid(Operation operation, String kind) {
        Map<String, String> headers = new LinkedHashMap<>();
        String body = null;
        if (operation.takesBody()) {
            body = values().of(operation.bodySchema(), "").toString();
            headers.put("Content-Type", "application/json");
        }
        StringBuilder query = new StringBuilder();
        String path = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", pathId(operation.path(), name));
                case "query" -> {
                    Optional<String> value = queryValue(parameter);
                    value.ifPresent(v -> append(query, name, v));
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        headers.put("If-Match", etag(path));
                    }
                }
                default -> throw new IllegalStateException("Unexpected parameter " + parameter);
            }
        }
        return new Request(kind, operation.method().toUpperCase(), path, query.toString(), headers, body, false, 0);
    }

    private List<Request> brokenBodies(Operation operation) {
        List<Request> requests = new ArrayList<>();
        ObjectNode body = (ObjectNode) values().of(operation.bodySchema(), "");
        JsonNode schema = contract.resolve(operation.bodySchema());
        Request valid = valid(operation, "valid");

        mutated(valid, "body-wrong-type", schema, body, (property, value) -> wrongType(value)).ifPresent(requests::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        if (!required.isEmpty()) {
            ObjectNode missing = body.deepCopy();
            missing.remove(required.get(random.nextInt(required.size())));
            requests.add(withBody(valid, "body-missing-required", missing.toString()));
        }
        ObjectNode extra = body.deepCopy();
        extra.put("unexpectedProperty", 1);
        requests.add(withBody(valid, "body-extra-property", extra.toString()));
        if (body.size() > 0) {
            String first = body.fieldNames().next();
            requests.add(withBody(valid, "body-duplicate-key",
                    "{\"" + first + "\":" + body.get(first) + "," + body.toString().substring(1)));
        }
        mutated(valid, "body-nul-character", schema, body,
                (property, value) -> isText(property) ? NODES.textNode("before\u0000after") : null).ifPresent(requests::add);
        mutated(valid, "body-lone-surrogate", schema, body,
                (property, value) -> isText(property) ? NODES.textNode("@@LONE@@") : null)
                .map(request -> withBody(request, request.kind(), request.body().replace("@@LONE@@", "before\\ud800after")))
                .ifPresent(requests::add);
        mutated(valid, "body-right-to-left-marks", schema, body,
                (property, value) -> isText(property) && !property.has("format") && !property.has("enum")
                        ? NODES.textNode("\u202Eevil\u200F \u200Etext") : null)
                .map(ContractFuzzTest::anyAnswer)
                .ifPresent(requests::add);
        mutated(valid, "body-over-long-text", schema, body,
                (property, value) -> property.has("maxLength") ? NODES.textNode("x".repeat(property.get("maxLength").asInt() + 1)) : null)
                .ifPresent(requests::add);
        mutated(valid, "body-out-of-range-number", schema, body, (property, value) -> {
            if (!Values.type(property).equals("integer")) {
                return null;
            }
            return switch (random.nextInt(3)) {
                case 0 -> NODES.numberNode(property.has("minimum") ? property.get("minimum").asLong() - 1 : 2_147_483_648L);
                case 1 -> NODES.numberNode(new BigDecimal("1e400"));
                default -> NODES.numberNode(1.5);
            };
        }).ifPresent(requests::add);
        mutated(valid, "body-bad-date", schema, body, (property, value) -> property.path("format").asText().equals("date-time")
                ? NODES.textNode(pick("2024-02-30T00:00:00Z", "+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "yesterday"))
                : null).ifPresent(requests::add);
        mutated(valid, "body-bad-id", schema, body, (property, value) -> property.path("format").asText().equals("uuid")
                ? NODES.textNode(pick("123", "", "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b1", "3F1C9A526D0E4B7E9A552A7D1C0E8B14"))
                : null).ifPresent(requests::add);
        mutated(valid, "body-bad-enum", schema, body,
                (property, value) -> property.has("enum") ? NODES.textNode("NOT_A_VALUE") : null).ifPresent(requests::add);
        requests.add(withBody(valid, "body-not-an-object", pick("[]", "null", "", "{", "\"text\"", "{} {}", "42")));
        requests.add(withBody(valid, "body-too-large", "{\"text\":\"" + "x".repeat((int) BODY_LIMIT) + "\"}").expecting(413));
        Map<String, String> plain = new LinkedHashMap<>(valid.headers());
        plain.put("Content-Type", pick("text/plain", "application/xml", "application/x-www-form-urlencoded"));
        requests.add(new Request("body-wrong-content-type", valid.method(), valid.path(), valid.query(), plain, valid.body(),
                true, 415));
        return requests;
    }

    private List<Request> brokenParameters(Operation operation) {
        List<Request> requests = new ArrayList<>();
        Request valid = valid(operation, "valid");
        boolean hasPathId = operation.path().contains("{");
        if (hasPathId) {
            requests.add(withPath(operation, "path-malformed-id",
                    pick("not-a-uuid", "12345", "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b1", "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14x")));
            requests.add(withPath(operation, "path-encoded-special-characters",
                    pick("%00", "%E2%80%AE3f1c9a52", "%ED%A0%80", "%2F..%2F", "%20")));
            requests.add(withPath(operation, "path-unknown-id", UUID.randomUUID().toString()));
        }
        requests.add(withQuery(valid, "query-unknown-parameter", "unexpectedParameter=1").expecting(400));
        for (JsonNode parameter : operation.parameters()) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = contract.resolve(parameter.path("schema"));
            if (name.equals("limit")) {
                requests.add(withQuery(valid, "query-limit-out-of-range", "limit=" + pick("0", "-1",
                        Long.toString(schema.path("maximum").asLong(200) + 1), "abc", "99999999999", "1.5")).expecting(400));
            } else if (name.equals("cursor")) {
                requests.add(withQuery(valid, "query-bad-cursor", "cursor=" + pick("garbage", "AAAA", "eyJ4IjoxfQ", "%00")));
            } else if (schema.has("enum")) {
                requests.add(withQuery(valid, "query-bad-enum", name + "=NOT_A_VALUE").expecting(400));
            } else if (schema.path("format").asText().equals("date-time")) {
                requests.add(withQuery(valid, "query-bad-date", name + "=" + pick("2024-13-01T00:00:00Z", "%2B99999-01-01T00:00:00Z", "now")).expecting(400));
            } else if (Values.type(schema).equals("boolean")) {
                requests.add(withQuery(valid, "query-bad-boolean", name + "=" + pick("yes", "2", "")).expecting(400));
            } else if (Values.type(schema).equals("string")) {
                requests.add(anyAnswer(withQuery(valid, "query-nul-character", name + "=before%00after")));
                requests.add(withQuery(valid, "query-lone-surrogate", name + "=before%ED%A0%80after").expecting(400));
                requests.add(anyAnswer(withQuery(valid, "query-right-to-left-marks", name + "=%E2%80%AEevil%E2%80%8F")));
                requests.add(anyAnswer(withQuery(valid, "query-long-text", name + "=" + "x".repeat(2_500))));
            }
        }
        requests.add(withQuery(valid, "url-too-long", "padding=" + "x".repeat(9_000)).expecting(414));
        Map<String, String> padded = new LinkedHashMap<>(valid.headers());
        padded.put("X-Padding", "x".repeat(17_000));
        requests.add(new Request("headers-too-large", valid.method(), valid.path(), valid.query(), padded, valid.body(), true, 431));
        Map<String, String> html = new LinkedHashMap<>(valid.headers());
        html.put("Accept", pick("text/html", "application/xml", "image/png"));
        requests.add(new Request("accept-unsupported", valid.method(), valid.path(), valid.query(), html, valid.body(), true, 406));
        if (operation.parameters().stream().anyMatch(p -> p.path("name").asText().equals("If-Match"))) {
            Map<String, String> without = new LinkedHashMap<>(valid.headers());
            without.remove("If-Match");
            requests.add(new Request("if-match-missing", valid.method(), valid.path(), valid.query(), without, valid.body(), true, 0));
            Map<String, String> stale = new LinkedHashMap<>(valid.headers());
            stale.put("If-Match", pick("W/\"999999\"", "\"garbage\"", "*x"));
            requests.add(new Request("if-match-stale", valid.method(), valid.path(), valid.query(), stale, valid.body(), true, 0));
        }
        if (!contract.apiOperations().stream().anyMatch(other -> other.path().equals(operation.path()) && other.method().equals("put"))) {
            requests.add(new Request("method-not-allowed", "PUT", valid.path(), "", Map.of("Content-Type", "application/json"), "{}", true, 405));
        }
        return requests;
    }

    /** The valid body with one property, chosen at random among those the change applies to, changed. */
    private Optional<Request> mutated(Request valid, String kind, JsonNode schema, ObjectNode body,
            BiFunction<JsonNode, JsonNode, JsonNode> change) {
        List<String[]> candidates = new ArrayList<>();
        collect(schema, "", candidates, change);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String[] chosen = candidates.get(random.nextInt(candidates.size()));
        ObjectNode copy = body.deepCopy();
        JsonNode property = contract.resolve(propertySchema(schema, chosen[0]));
        JsonNode replacement = change.apply(property, copy.at(chosen[0]));
        set(copy, chosen[0], replacement);
        return Optional.of(withBody(valid, kind, copy.toString()));
    }

    /** JSON pointers of the body's properties, one object level deep, that the change applies to. */
    private void collect(JsonNode schema, String at, List<String[]> candidates,
            BiFunction<JsonNode, JsonNode, JsonNode> change) {
        JsonNode resolved = contract.resolve(schema);
        resolved.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = contract.resolve(nonNull(property.getValue()));
            String pointer = at + "/" + property.getKey();
            if (change.apply(propertySchema, NODES.nullNode()) != null) {
                candidates.add(new String[] { pointer });
            }
            if (at.isEmpty() && Values.type(propertySchema).equals("object")) {
                collect(propertySchema, pointer, candidates, change);
            }
        });
    }

    private JsonNode propertySchema(JsonNode schema, String pointer) {
        JsonNode current = schema;
        for (String name : pointer.substring(1).split("/")) {
            current = nonNull(contract.resolve(current).path("properties").path(name));
        }
        return current;
    }

    private JsonNode nonNull(JsonNode schema) {
        for (JsonNode member : schema.path("anyOf")) {
            if (!member.path("type").asText().equals("null")) {
                return member;
            }
        }
        return schema;
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] names = pointer.substring(1).split("/");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        parent.set(names[names.length - 1], value);
    }

    private static JsonNode wrongType(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> NODES.numberNode(42);
            case NUMBER -> NODES.textNode("42");
            case BOOLEAN -> NODES.textNode("true");
            case OBJECT -> NODES.textNode("an object");
            case ARRAY -> NODES.objectNode();
            default -> NODES.arrayNode();
        };
    }

    private static boolean isText(JsonNode schema) {
        return Values.type(schema).equals("string") && !schema.has("enum");
    }

    private Request withBody(Request valid, String kind, String body) {
        return new Request(kind, valid.method(), valid.path(), valid.query(), valid.headers(), body, true, 0);
    }

    /** The valid request with the query parameter set to a new value, in place of any it had. */
    private Request withQuery(Request valid, String kind, String parameter) {
        String name = parameter.substring(0, parameter.indexOf('=') + 1);
        StringBuilder query = new StringBuilder();
        for (String pair : valid.query().split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(name)) {
                query.append(pair).append('&');
            }
        }
        query.append(parameter);
        return new Request(kind, valid.method(), valid.path(), query.toString(), valid.headers(), valid.body(), true, 0);
    }

    private static Request anyAnswer(Request request) {
        return new Request(request.kind(), request.method(), request.path(), request.query(), request.headers(),
                request.body(), false, 0);
    }

    private Request withPath(Operation operation, String kind, String id) {
        Request valid = valid(operation, kind);
        List<String> names = operation.parameters().stream().filter(parameter -> parameter.path("in").asText().equals("path"))
                .map(parameter -> parameter.path("name").asText()).toList();
        String broken = names.get(random.nextInt(names.size()));
        String path = operation.path();
        for (String name : names) {
            path = path.replace("{" + name + "}", name.equals(broken) ? id : pathId(operation.path(), name));
        }
        return new Request(kind, valid.method(), path, valid.query(), valid.headers(), valid.body(), true, 0);
    }

    private Optional<String> queryValue(JsonNode parameter) {
        String name = parameter.path("name").asText();
        if (name.equals("cursor") || !parameter.path("required").asBoolean(false) && random.nextBoolean()) {
            return Optional.empty();
        }
        JsonNode schema = contract.resolve(parameter.path("schema"));
        String value = values().of(schema, name).asText();
        return Optional.of(value);
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private Values values() {
        return new Values(contract, random, this::chosen);
    }

    /** Values the contract cannot tell: ids of what exists, and text that anchors quotes. */
    private Optional<JsonNode> chosen(String name, JsonNode schema) {
        boolean existing = random.nextInt(5) > 0;
        return Optional.ofNullable(switch (name) {
            case "sourceId" -> NODES.textNode(existing ? fixture.source() : UUID.randomUUID().toString());
            case "actorId" -> NODES.textNode(existing ? fixture.otherActor() : UUID.randomUUID().toString());
            case "claimId" -> NODES.textNode(existing ? fixture.otherClaim() : UUID.randomUUID().toString());
            case "supersedes" -> NODES.textNode(existing ? fixture.review() : UUID.randomUUID().toString());
            case "id" -> NODES.textNode(existing ? fixture.actor() : UUID.randomUUID().toString());
            case "exact" -> existing ? NODES.textNode(TestData.TROOPS_QUOTE) : null;
            case "prefix", "start", "correctionReason" -> null;
            case "url", "sameAs" -> NODES.textNode("https://news.example.org/" + TestData.unique());
            case "name" -> NODES.textNode("Fuzz " + TestData.unique());
            case "language" -> NODES.textNode("en");
            case "text" -> schema.path("maxLength").asInt() > 100_000
                    ? NODES.textNode("Article " + TestData.unique() + ".\n\n" + TestData.TROOPS_SENTENCE + "\n")
                    : null;
            default -> null;
        });
    }

    private String pathId(String template, String name) {
        if (name.equals("evidenceId")) {
            return fixture.evidence();
        }
        if (name.equals("claimId") || template.startsWith("/api/v1/claims")) {
            return fixture.claim();
        }
        return template.startsWith("/api/v1/actors") ? fixture.actor() : fixture.source();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    // ---- sending and judging

    private void send(Operation operation, Request request) {
        String before = request.method().equals("GET") ? null : snapshot();
        Answer answer = exchange(request);
        List<String> found = judge(operation, request, answer);
        if (before != null && answer.status() >= 400) {
            String after = snapshot();
            if (!before.equals(after)) {
                found.add("the refused write changed the data: before " + before + ", after " + after);
            }
        }
        if (answer.status() / 100 == 2 && (request.method().equals("DELETE") || request.path().endsWith("/merge"))) {
            fixture = fixture();
        }
        sent++;
        String key = request.kind() + " on " + operation;
        if (!found.isEmpty()) {
            faults.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(request + " -> " + answer.status() + " " + answer.contentType() + " " + shorten(answer.body())
                            + ": " + String.join("; ", found));
        }
    }

    private List<String> judge(Operation operation, Request request, Answer answer) {
        List<String> found = new ArrayList<>();
        int status = answer.status();
        if (status >= 500) {
            found.add("a server error");
        }
        boolean documented = request.kind().equals("method-not-allowed")
                ? contract.apiOperations().stream().filter(o -> o.path().equals(operation.path())).anyMatch(o -> o.documents(status))
                : operation.documents(status);
        if (!documented) {
            found.add("status " + status + " is not documented for " + operation.id());
        }
        if (request.mustRefuse() && status < 400) {
            found.add("accepted");
        }
        if (request.expectedStatus() != 0 && status != request.expectedStatus()) {
            found.add("expected " + request.expectedStatus());
        }
        if (status >= 400) {
            found.addAll(problemFaults(answer));
        } else if (status != 204) {
            String mediaType = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim();
            JsonNode schema = operation.responseSchema(status, mediaType);
            if (schema.isMissingNode()) {
                found.add("a " + mediaType + " body the contract does not describe for " + status);
            } else {
                try {
                    schemas.faults(schema, JSON.readTree(answer.body())).forEach(fault -> found.add("body: " + fault));
                } catch (IOException e) {
                    found.add("a body that is not JSON");
                }
            }
        }
        return found;
    }

    private static List<String> problemFaults(Answer answer) {
        List<String> found = new ArrayList<>();
        if (answer.contentType() == null || !answer.contentType().startsWith(PROBLEM)) {
            found.add("not " + PROBLEM);
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            for (String member : List.of("type", "title", "detail")) {
                if (problem == null || !problem.path(member).isTextual() || problem.path(member).asText().isBlank()) {
                    found.add("no " + member);
                }
            }
            if (problem == null || problem.path("status").asInt() != answer.status()) {
                found.add("status member is not " + answer.status());
            }
        } catch (IOException e) {
            found.add("a problem body that is not JSON");
        }
        return found;
    }

    private Answer exchange(Request request) {
        URI uri = URI.create(service.toString().replaceAll("/$", "") + request.path()
                + (request.query().isEmpty() ? "" : "?" + request.query()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", token);
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            // The service may close the connection after refusing a body it will not read.
            if (request.expectedStatus() == 413) {
                return new Answer(413, PROBLEM, "{\"type\":\"closed\",\"title\":\"closed\",\"status\":413,\"detail\":\"connection closed\"}");
            }
            return new Answer(0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every table's row count and a hash of its rows: any change a write makes shows in it. */
    private String snapshot() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if (tableStates == null) {
                try (ResultSet query = statement.executeQuery("select string_agg(format("
                        + "'select %L, count(*), coalesce(sum(hashtext(t::text)::bigint), 0) from %I t', tablename, tablename), "
                        + "' union all ' order by tablename) from pg_tables "
                        + "where schemaname = 'public' and tablename <> 'flyway_schema_history'")) {
                    query.next();
                    tableStates = query.getString(1);
                }
            }
            StringBuilder state = new StringBuilder();
            try (ResultSet tables = statement.executeQuery(tableStates)) {
                while (tables.next()) {
                    state.append(tables.getString(1)).append('=').append(tables.getLong(2)).append('/')
                            .append(tables.getLong(3)).append(' ');
                }
            }
            return state.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String etag(String path) {
        String etag = given().get(path).then().extract().header("ETag");
        return etag == null ? "W/\"0\"" : etag;
    }

    private Fixture fixture() {
        String source = TestData.source();
        String claim = TestData.claim(source, "Fuzz speaker " + TestData.unique());
        String actor = given().get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("speaker.id");
        String review = TestData.review(claim, "MOSTLY_TRUE", "CONFIRMED");
        String evidence = given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "stance", "SUPPORTS", "note", "Same article"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201).extract().path("id");
        String otherClaim = TestData.claim(TestData.source(), "Fuzz other " + TestData.unique());
        String otherActor = given().get("/api/v1/claims/" + otherClaim).then().statusCode(200).extract().path("speaker.id");
        return new Fixture(source, claim, actor, review, evidence, otherClaim, otherActor);
    }

    private void report() {
        System.out.println("Contract fuzz: " + sent + " requests, seed " + SEED + ", " + CASES + " cases");
        String summary = faults.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue().size() + "x), e.g. " + entry.getValue().get(0))
                .collect(Collectors.joining("\n"));
        assertTrue(faults.isEmpty(), faults.size() + " kinds of request broke the contract (seed " + SEED + "):\n" + summary);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

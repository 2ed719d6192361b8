package io.claimdesk.common;

import java.io.IOException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.ArcUndeclaredThrowableException;

/**
 * The one place where exceptions become problem details, beyond what the problem extension maps by itself.
 * Messages name the field and what it accepts, never a Java type.
 */
public class ProblemMappers {

    // The problem extension registers its own mappers at 999; these take precedence for the same types.
    private static final int BEFORE_DEFAULTS = 900;
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Unique and foreign key violations: what two requests racing each other run into. */
    private static final Set<String> RACE_STATES = Set.of("23505", "23503");

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response notFound(NotFoundException e, UriInfo uri) {
        // A malformed path or query parameter surfaces as a 404 wrapping the converter's problem.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpProblem problem) {
                return answer(problem, uri);
            }
        }
        return answer(Problems.noResource(uri.getPath()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return answer(Problems.badRequest("Malformed JSON: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports a body it cannot parse as a bare 400; say what was wrong with it.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return unreadableJson(mismatch, uri);
            }
        }
        Response original = e.getResponse();
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(original.getStatus())
                .withTitle(original.getStatusInfo().getReasonPhrase())
                .withDetail(e.getMessage())
                .withInstance(URI.create(uri.getPath()));
        original.getHeaders().forEach((name, values) -> values.forEach(value -> problem.withHeader(name, value)));
        return problem.build().toResponse();
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response unreadableJson(MismatchedInputException e, UriInfo uri) {
        return answer(describe(e), uri);
    }

    private static HttpProblem describe(MismatchedInputException e) {
        String field = fieldPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problems.badRequest("Unknown property \"" + field + "\"; known here: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof StrictJson.NulCharacterException) {
            return Problems.badRequest(field + " must not contain the NUL character");
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return Problems.badRequest("The request body must hold a single JSON document and nothing after it");
        }
        String value = e instanceof InvalidFormatException invalid ? " (got \"" + invalid.getValue() + "\")" : "";
        if (field.isEmpty()) {
            return Problems.badRequest("The request body must be " + describe(e.getTargetType()));
        }
        return Problems.badRequest(field + " must be " + describe(e.getTargetType()) + value);
    }

    /**
     * No resource reads or writes files, so an I/O failure here is the request body breaking off: the client went
     * away, or sent more than the size limit without declaring its length (the HTTP layer has answered 413 already).
     */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response unreadableBody(IOException e, UriInfo uri) {
        return answer(Problems.badRequest("The request body could not be read in full"), uri);
    }

    /** Bean Validation failures, with a type and a detail like every other problem, and each violation listed. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response invalid(jakarta.validation.ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        return answer(Violations.problem(e, resource == null ? null : resource.getResourceMethod()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return answer(Problems.concurrentChange(), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response staleState(StaleStateException e, UriInfo uri) {
        return answer(Problems.concurrentChange(), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return failedInDatabase(e, uri);
    }

    /** A read or write the database did not carry out. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response failedStatement(PersistenceException e, UriInfo uri) {
        return failedInDatabase(e, uri);
    }

    /** A transaction that failed at commit reaches here wrapped; what it failed on decides the answer. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response failedCommit(ArcUndeclaredThrowableException e, UriInfo uri) {
        return failedInDatabase(e, uri);
    }

    /**
     * The database being out of reach is an outage to wait out, not a fault. Otherwise, when the checks before a
     * write passed yet the database refused it, a request running at the same time stored the same name, URL or
     * text first, or removed what this one refers to. Anything else is a fault of the service.
     */
    private static Response failedInDatabase(Throwable e, UriInfo uri) {
        Optional<String> outage = DatabaseOutage.reason(e);
        if (outage.isPresent()) {
            // One line per failed request: during an outage every request fails the same way.
            LOG.warnf("Database unavailable, answered 503: %s", outage.get());
            return answer(Problems.databaseUnavailable(), uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && RACE_STATES.contains(violation.getSQLState())) {
                return answer(Problems.concurrentConflict(), uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return answer(Problems.concurrentChange(), uri);
            }
        }
        LOG.error("Request failed", e);
        return answer(Problems.internalError(), uri);
    }

    private static Response answer(HttpProblem problem, UriInfo uri) {
        return HttpProblem.builder(problem).withInstance(URI.create(uri.getPath())).build().toResponse();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Timestamps.DESCRIPTION;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}

package io.claimdesk.common;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

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

    @Inject
    ClaimdeskConfig config;

    @Inject
    ResourceMethods resourceMethods;

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        // A malformed path or query parameter surfaces as a 404 wrapping the converter's problem.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpProblem problem) {
                return answer(problem, uri);
            }
        }
        Set<String> allowed = resourceMethods.allowedAt(uri.getPath());
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return answer(Problems.methodNotAllowed(request.getMethod(), allowed), uri);
        }
        return answer(Problems.noResource(uri.getPath()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return answer(Problems.badRequest("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        // The JSON reader reports a body it cannot parse as a bare 400; say what was wrong with it.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return streamLimit(limit, uri);
            }
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return unreadableJson(mismatch, uri);
            }
        }
        if (e instanceof NotAllowedException) {
            return answer(Problems.methodNotAllowed(request.getMethod(), e.getResponse().getAllowedMethods()), uri);
        }
        Response original = e.getResponse();
        HttpProblem.Builder problem = HttpProblem.builder(Problems.ofStatus(original.getStatus(), describe(e)));
        original.getHeaders().forEach((name, values) -> values.forEach(value -> problem.withHeader(name, value)));
        return answer(problem.build(), uri);
    }

    /** What the framework's own refusals mean, said without its internals. */
    private static String describe(WebApplicationException e) {
        if (e instanceof NotSupportedException) {
            return Problems.unsupportedMediaType().getDetail();
        }
        if (e instanceof NotAcceptableException) {
            return "This resource cannot answer in any of the media types the Accept header names";
        }
        return "The request cannot be answered as sent";
    }

    /** Jackson names the limit by its Java accessor; say it in the client's terms. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response streamLimit(StreamConstraintsException e, UriInfo uri) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document length")) {
            return answer(HttpProblem.builder(Problems.tooLarge(config.maxBodyBytes())).withHeader("Connection", "close").build(), uri);
        }
        if (message.startsWith("Document nesting depth")) {
            return answer(Problems.badRequest("The request body nests deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels"), uri);
        }
        return answer(Problems.badRequest("The request body holds a value longer than this service reads"), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response invalidInput(ResteasyReactiveViolationException e, UriInfo uri, ResourceInfo resource) {
        List<ProblemDetail.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> Violations.describe(violation, resource.getResourceMethod()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field).thenComparing(ProblemDetail.Violation::message))
                .toList();
        if (violations.stream().anyMatch(violation -> violation.field().isEmpty())) {
            return answer(Problems.badRequest("This operation needs a JSON object as its request body"), uri);
        }
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return answer(HttpProblem.builder(Problems.badRequest(detail)).with("violations", violations).build(), uri);
    }

    /** No token, or one this service does not accept; the detail says which, for the client to fix. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return answer(e.getMessage() == null ? Problems.tokenMissing() : Problems.tokenRefused(e.getMessage()), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return answer(Problems.tokenRefused(TokenRefusals.reason(e)), uri);
    }

    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        if (e.getMessage() != null) {
            return answer(Problems.forbidden(e.getMessage()), uri);
        }
        Optional<RolesAllowed> roles = rolesOf(resource.getResourceMethod()).or(() -> rolesOf(resource.getResourceClass()));
        return answer(Problems.forbidden(roles.map(allowed -> "This operation needs the "
                + String.join(" or ", allowed.value()) + " role").orElse("Your roles do not allow this operation")), uri);
    }

    private static Optional<RolesAllowed> rolesOf(AnnotatedElement element) {
        return Optional.ofNullable(element).map(annotated -> annotated.getAnnotation(RolesAllowed.class));
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
            return Problems.badRequest("Unknown property " + Problems.quote(field) + "; known here: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof StrictJson.UnstorableTextException) {
            return Problems.badRequest(field + " " + e.getOriginalMessage());
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return Problems.badRequest("The request body must hold a single JSON document and nothing after it");
        }
        String value = e instanceof InvalidFormatException invalid ? " (got " + Problems.quote(invalid.getValue()) + ")" : "";
        if (field.isEmpty()) {
            return Problems.badRequest("The request body must be " + TypeDescriptions.of(e.getTargetType()));
        }
        return Problems.badRequest(field + " must be " + TypeDescriptions.of(e.getTargetType()) + value);
    }

    /**
     * No resource reads or writes files, so an I/O failure here is the request body breaking off: the client went
     * away, or sent more than the size limit without declaring its length (the HTTP layer has answered 413 already).
     */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response unreadableBody(IOException e, UriInfo uri) {
        return answer(Problems.badRequest("The request body could not be read in full"), uri);
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

    /** The service has more requests than its worker threads can run in time; nothing of this one was carried out. */
    @ServerExceptionMapper(priority = BEFORE_DEFAULTS)
    public Response overWaited(WorkerWaitExceeded e, UriInfo uri) {
        // One line per refused request, as for a busy database: their count says how large the backlog was.
        LOG.warnf("Service busy, answered 503: %s", e.getMessage());
        return answer(Problems.serviceBusy(), uri);
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
     * The database being out of reach is an outage to wait out, not a fault, and so is a database too busy to answer
     * in time: every connection in use, or a statement past its timeout. Otherwise, when the checks before a
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
        Optional<String> overload = DatabaseOutage.overload(e);
        if (overload.isPresent()) {
            LOG.warnf("Database busy, answered 503: %s", overload.get());
            return answer(Problems.databaseBusy(), uri);
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
        return HttpProblem.builder(problem).withInstance(Problems.instance(uri.getPath())).build().toResponse();
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
}

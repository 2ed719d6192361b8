package io.claimdesk.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests are read as sent, so that a typo is never silently ignored: a query parameter the operation does not
 * know is a 400 naming the ones it does, and a body must say that it is JSON.
 */
public class StrictRequests {

    private final Map<Method, Set<String>> queryParameters = new ConcurrentHashMap<>();
    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownQueryParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = queryParameters.computeIfAbsent(method, StrictRequests::queryParameterNames);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw Problems.badRequest("Unknown query parameter " + Problems.quote(name) + "; "
                        + (known.isEmpty() ? "this operation takes none" : "known here: " + String.join(", ", known)));
            }
        }
    }

    @ServerRequestFilter
    public void requireJsonBodies(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !takesBody.computeIfAbsent(method, StrictRequests::hasBodyParameter)) {
            return;
        }
        // Without a media type, or with a wildcard, the body would be read as JSON on a guess.
        MediaType type = request.getMediaType();
        if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
            throw Problems.unsupportedMediaType();
        }
    }

    private static Set<String> queryParameterNames(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(parameter -> parameter.isAnnotationPresent(QueryParam.class))
                .map(parameter -> parameter.getAnnotation(QueryParam.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The entity parameter is the one JAX-RS fills from the body: the one without a parameter annotation. */
    private static boolean hasBodyParameter(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(StrictRequests::isEntity);
    }

    private static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(annotation -> annotation.annotationType()).noneMatch(type ->
                type == QueryParam.class || type == PathParam.class || type == HeaderParam.class || type == BeanParam.class
                        || type == CookieParam.class || type == FormParam.class || type == MatrixParam.class
                        || type == Context.class);
    }
}

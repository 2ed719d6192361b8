package io.claimdesk.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** A request that breaks the declared constraints, as a bad-request problem naming each field and what is wrong. */
final class Violations {

    private Violations() {
    }

    /** One broken constraint: the field as the client names it, where it was sent, and what is wrong with it. */
    record Violation(String field, String in, String message) {
    }

    static HttpProblem problem(ConstraintViolationException e, Method resourceMethod) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> describe(violation, resourceMethod))
                .distinct()
                .sorted(Comparator.comparing(Violation::in).thenComparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail = violations.stream()
                .map(violation -> (violation.field().isEmpty() ? "The request " + violation.in() : violation.field()) + ": " + violation.message())
                .collect(Collectors.joining("; "));
        List<Map<String, String>> listed = new ArrayList<>();
        for (Violation violation : violations) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", violation.field());
            entry.put("in", violation.in());
            entry.put("message", violation.message());
            listed.add(entry);
        }
        return HttpProblem.builder(Problems.badRequest(detail)).with("violations", listed).build();
    }

    private static Violation describe(ConstraintViolation<?> violation, Method resourceMethod) {
        String in = "body";
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && resourceMethod != null) {
                Parameter parameter = resourceMethod.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
                String sent = sentAs(parameter);
                if (sent != null) {
                    in = sent;
                    names.add(name(parameter));
                }
                continue;
            }
            String name = node.getName();
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            if (name != null && !name.startsWith("<")) {
                names.add(name + index);
            } else if (!names.isEmpty()) {
                // An element of a list: its position belongs to the list's name.
                names.set(names.size() - 1, names.get(names.size() - 1) + index);
            }
        }
        return new Violation(String.join(".", names), in, violation.getMessage());
    }

    private static String sentAs(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return "query";
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return "path";
        }
        return parameter.isAnnotationPresent(HeaderParam.class) ? "header" : null;
    }

    private static String name(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return parameter.getAnnotation(PathParam.class).value();
        }
        return parameter.getAnnotation(HeaderParam.class).value();
    }
}

package io.claimdesk.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** A broken validation rule as the client sees it: the property or parameter by its name in the API. */
final class Violations {

    private Violations() {
    }

    /** The field is empty when the rule concerns the request body as a whole. */
    static ProblemDetail.Violation describe(ConstraintViolation<?> violation, Method resourceMethod) {
        String in = "body";
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> {
                    Parameter parameter = resourceMethod.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
                    if (parameter.isAnnotationPresent(QueryParam.class)) {
                        in = "query";
                        field.append(parameter.getAnnotation(QueryParam.class).value());
                    } else if (parameter.isAnnotationPresent(PathParam.class)) {
                        in = "path";
                        field.append(parameter.getAnnotation(PathParam.class).value());
                    } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                        in = "header";
                        field.append(parameter.getAnnotation(HeaderParam.class).value());
                    }
                }
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(reportedName(violation, node.getName()));
                    }
                }
            }
        }
        return new ProblemDetail.Violation(field.toString(), in, violation.getMessage());
    }

    /** A rule checked by a method of the request record is reported on the property that method names. */
    private static String reportedName(ConstraintViolation<?> violation, String property) {
        Object bean = violation.getLeafBean();
        if (bean == null) {
            return property;
        }
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Arrays.stream(bean.getClass().getMethods())
                .filter(method -> method.getName().equals("is" + capitalized) || method.getName().equals("get" + capitalized))
                .filter(method -> method.isAnnotationPresent(ViolationField.class))
                .map(method -> method.getAnnotation(ViolationField.class).value())
                .findFirst()
                .orElse(property);
    }
}

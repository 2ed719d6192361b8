package io.claimdesk.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a malformed query parameter (a UUID, an enum value, a number, a date-time) with a 400 that names the
 * parameter and what it accepts, where JAX-RS would otherwise answer 404 as if the resource did not exist. Text
 * parameters must not hold the NUL character, which PostgreSQL cannot store or search for.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == String.class) {
            return (ParamConverter<T>) new ParamConverter<String>() {
                @Override
                public String fromString(String value) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        throw Problems.badRequest(name + " must not contain the NUL character");
                    }
                    return value;
                }

                @Override
                public String toString(String value) {
                    return value;
                }
            };
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", Ids::parse);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", StrictParamConverters::parseBoolean);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, Timestamps.DESCRIPTION, Timestamps::parse);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String accepted = Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, "one of " + accepted, value -> Enum.valueOf(enumType, value));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException e) {
                    throw Problems.badRequest(name + " must be " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}

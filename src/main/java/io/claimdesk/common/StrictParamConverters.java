package io.claimdesk.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a malformed query parameter (a UUID, an enum value, a number, a date-time) with a 400 that names the
 * parameter and what it accepts, where JAX-RS would otherwise answer 404 as if the resource did not exist. Text
 * parameters are held to what the service can store, as text in bodies is.
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
                    if (value != null) {
                        Text.whyUnstorable(value).ifPresent(reason -> {
                            throw Problems.badRequest(name + " " + reason);
                        });
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
            return (ParamConverter<T>) converter(name, TypeDescriptions.of(UUID.class), Ids::parse);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, TypeDescriptions.of(Integer.class), Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, TypeDescriptions.of(Boolean.class), StrictParamConverters::parseBoolean);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, TypeDescriptions.of(Instant.class), Timestamps::parse);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, TypeDescriptions.of(enumType), value -> Enum.valueOf(enumType, value));
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

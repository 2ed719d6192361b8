package io.claimdesk.common;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read as written: a number where text belongs, text where a number or a boolean belongs, or an
 * enum given by its position is a 400, not a value quietly converted into something the client did not mean. Text
 * that cannot be stored exactly as sent (the NUL character, half a surrogate pair) is refused too. So are repeated keys and anything after the
 * JSON document.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** A string value that cannot be stored exactly as it was sent; the message says why. */
    static final class UnstorableTextException extends MismatchedInputException {
        UnstorableTextException(JsonParser parser, String reason) {
            super(parser, reason);
        }
    }

    /** Far deeper than any request of this API nests, shallow enough that reading never exhausts the stack. */
    static final int MAX_NESTING_DEPTH = 100;

    /** After Quarkus has registered its modules, so that the deserializers here replace theirs. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Inject
    ClaimdeskConfig config;

    @Override
    public void customize(ObjectMapper mapper) {
        // A body sent without a declared length is held to the same limit while it is read.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(config.maxBodyBytes())
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A repeated key or data after the document means the client meant something other than what would be read.
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("claimdesk-storable-instants").addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                // Timestamps are ISO 8601 text only: a number would be read as seconds since 1970, rarely what was meant.
                if (!parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_NULL)) {
                    throw MismatchedInputException.from(parser, Instant.class, "not a date-time string");
                }
                Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
                if (instant != null && !Timestamps.storable(instant)) {
                    throw InvalidFormatException.from(parser, "out of range", parser.getText(), Instant.class);
                }
                return instant;
            }
        }));
        mapper.registerModule(new SimpleModule("claimdesk-canonical-uuids").addDeserializer(UUID.class, new StdDeserializer<>(UUID.class) {
            @Override
            public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                // Only the canonical 8-4-4-4-12 form: "" is not "no id", and "1-1-1-1-1" is not the id it parses to.
                String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : null;
                try {
                    if (text != null) {
                        return Ids.parse(text);
                    }
                } catch (IllegalArgumentException e) {
                    // answered below, like any other value that is not a UUID
                }
                throw InvalidFormatException.from(parser, "not a canonical UUID", text, UUID.class);
            }
        }));
        mapper.registerModule(new SimpleModule("claimdesk-strict-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null) {
                    Optional<String> unstorable = Text.whyUnstorable(value);
                    if (unstorable.isPresent()) {
                        throw new UnstorableTextException(parser, unstorable.get());
                    }
                }
                return value;
            }
        }));
    }
}

package io.claimdesk.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.common.InstantJson;
import io.claimdesk.common.UuidJson;
import io.claimdesk.sources.SourceRef;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Writes a claim's fields and its appearances field by field, as Jackson writes the records (same names, order and
 * nulls): a page of claims is some fifty claims and their appearances, and finding and calling each record's
 * accessors through reflection cost about as much as writing the text itself.
 */
@Singleton
public class ClaimJson implements ObjectMapperCustomizer {

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString SPEAKER = new SerializedString("speaker");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString VERDICT = new SerializedString("verdict");
    private static final SerializedString ATTRIBUTION_VERDICT = new SerializedString("attributionVerdict");
    private static final SerializedString TAGS = new SerializedString("tags");
    private static final SerializedString ORIGIN = new SerializedString("origin");
    private static final SerializedString CONFIDENCE = new SerializedString("confidence");
    private static final SerializedString FIGURES = new SerializedString("figures");
    private static final SerializedString CREATED_AT = new SerializedString("createdAt");
    private static final SerializedString UPDATED_AT = new SerializedString("updatedAt");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString PUBLISHER = new SerializedString("publisher");
    private static final SerializedString QUOTE = new SerializedString("quote");
    private static final SerializedString EXACT = new SerializedString("exact");
    private static final SerializedString PREFIX = new SerializedString("prefix");
    private static final SerializedString SUFFIX = new SerializedString("suffix");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString ATTRIBUTION = new SerializedString("attribution");
    private static final SerializedString CUE = new SerializedString("cue");
    private static final SerializedString MODE = new SerializedString("mode");

    /** Enum constants' names, encoded once per constant. */
    private static final ClassValue<SerializedString[]> NAMES = new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            SerializedString[] names = new SerializedString[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = new SerializedString(((Enum<?>) constants[i]).name());
            }
            return names;
        }
    };

    /** After Quarkus has registered its modules, as {@link InstantJson}. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("claimdesk-claim-json")
                .addSerializer(ClaimFields.class, new FieldsSerializer(false))
                .addSerializer(AppearanceView.class, new StdSerializer<>(AppearanceView.class) {
                    @Override
                    public void serialize(AppearanceView appearance, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        writeAppearance(appearance, json);
                    }
                }));
    }

    /** The fields of a claim; the views that show them at their own top level take them unwrapped. */
    private static final class FieldsSerializer extends StdSerializer<ClaimFields> {

        private final boolean unwrapped;

        FieldsSerializer(boolean unwrapped) {
            super(ClaimFields.class);
            this.unwrapped = unwrapped;
        }

        @Override
        public boolean isUnwrappingSerializer() {
            return unwrapped;
        }

        @Override
        public JsonSerializer<ClaimFields> unwrappingSerializer(NameTransformer names) {
            // The views unwrap the fields without a prefix; anything else would rename them.
            return names == NameTransformer.NOP ? new FieldsSerializer(true) : super.unwrappingSerializer(names);
        }

        @Override
        public void serialize(ClaimFields claim, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (!unwrapped) {
                json.writeStartObject(claim);
            }
            json.writeFieldName(ID);
            UuidJson.write(claim.id(), json);
            json.writeFieldName(TEXT);
            text(json, claim.text());
            json.writeFieldName(KIND);
            name(json, claim.kind());
            json.writeFieldName(SPEAKER);
            actor(json, claim.speaker());
            json.writeFieldName(STATUS);
            name(json, claim.status());
            json.writeFieldName(VERDICT);
            name(json, claim.verdict());
            json.writeFieldName(ATTRIBUTION_VERDICT);
            name(json, claim.attributionVerdict());
            json.writeFieldName(TAGS);
            strings(json, claim.tags());
            json.writeFieldName(ORIGIN);
            name(json, claim.origin());
            json.writeFieldName(CONFIDENCE);
            if (claim.confidence() == null) {
                json.writeNull();
            } else {
                json.writeNumber(claim.confidence());
            }
            // Figures carry decimals, written however the mapper is configured to write them.
            provider.defaultSerializeField(FIGURES.getValue(), claim.figures(), json);
            json.writeFieldName(CREATED_AT);
            InstantJson.write(claim.createdAt(), json);
            json.writeFieldName(UPDATED_AT);
            InstantJson.write(claim.updatedAt(), json);
            if (!unwrapped) {
                json.writeEndObject();
            }
        }
    }

    private static void writeAppearance(AppearanceView appearance, JsonGenerator json) throws IOException {
        json.writeStartObject(appearance);
        json.writeFieldName(ID);
        UuidJson.write(appearance.id(), json);
        json.writeFieldName(SOURCE);
        SourceRef source = appearance.source();
        if (source == null) {
            json.writeNull();
        } else {
            json.writeStartObject(source);
            json.writeFieldName(ID);
            UuidJson.write(source.id(), json);
            json.writeFieldName(TITLE);
            text(json, source.title());
            json.writeFieldName(URL);
            text(json, source.url());
            json.writeFieldName(PUBLISHER);
            text(json, source.publisher());
            json.writeEndObject();
        }
        json.writeFieldName(QUOTE);
        TextQuote quote = appearance.quote();
        if (quote == null) {
            json.writeNull();
        } else {
            json.writeStartObject(quote);
            json.writeFieldName(EXACT);
            text(json, quote.exact());
            json.writeFieldName(PREFIX);
            text(json, quote.prefix());
            json.writeFieldName(SUFFIX);
            text(json, quote.suffix());
            json.writeFieldName(START);
            json.writeNumber(quote.start());
            json.writeFieldName(END);
            json.writeNumber(quote.end());
            json.writeEndObject();
        }
        json.writeFieldName(ATTRIBUTION);
        AttributionView attribution = appearance.attribution();
        if (attribution == null) {
            json.writeNull();
        } else {
            json.writeStartObject(attribution);
            json.writeFieldName(SPEAKER);
            actor(json, attribution.speaker());
            json.writeFieldName(CUE);
            text(json, attribution.cue());
            json.writeFieldName(MODE);
            name(json, attribution.mode());
            json.writeEndObject();
        }
        json.writeFieldName(CREATED_AT);
        InstantJson.write(appearance.createdAt(), json);
        json.writeEndObject();
    }

    private static void actor(JsonGenerator json, ActorRef actor) throws IOException {
        if (actor == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(actor);
        json.writeFieldName(ID);
        UuidJson.write(actor.id(), json);
        json.writeFieldName(NAME);
        text(json, actor.name());
        json.writeFieldName(KIND);
        name(json, actor.kind());
        json.writeEndObject();
    }

    /**
     * A string handed to a generator of bytes as UTF-8: with C1 only (as deployed) it encodes a {@code String} through
     * a call per character, two to three times slower than it copies and escapes bytes. Generators of characters or
     * tokens take no bytes.
     */
    private static void text(JsonGenerator json, String value) throws IOException {
        if (value == null || !(json instanceof UTF8JsonGenerator)) {
            json.writeString(value);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            json.writeUTF8String(utf8, 0, utf8.length);
        }
    }

    private static void name(JsonGenerator json, Enum<?> constant) throws IOException {
        if (constant == null) {
            json.writeNull();
        } else {
            json.writeString(NAMES.get(constant.getDeclaringClass())[constant.ordinal()]);
        }
    }

    private static void strings(JsonGenerator json, List<String> values) throws IOException {
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray(values, values.size());
        for (String value : values) {
            text(json, value);
        }
        json.writeEndArray();
    }
}

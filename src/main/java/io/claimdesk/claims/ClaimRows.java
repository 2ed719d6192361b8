package io.claimdesk.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.actors.ActorRef;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.sources.SourceRef;

/**
 * Claims and appearances read for the views as rows of just the columns the views show, not as entities: nothing
 * to hydrate, snapshot or track in the persistence context, which is most of what reading a list costs otherwise.
 * Each part names its columns with aliases, declares their types where Hibernate handles a declared type, and reads a
 * row back in the same order.
 */
final class ClaimRows {

    /** A claim with its progress and speaker, from {@code claim c}, {@code claim_progress p}, {@code actor cs}. */
    static final String CLAIM_COLUMNS = "c.id as claim_id, c.text as claim_text, c.kind as claim_kind,"
            + " cs.id as claim_speaker_id, cs.name as claim_speaker_name, cs.kind as claim_speaker_kind,"
            + " p.status as claim_status, p.verdict as claim_verdict, p.attribution_verdict as claim_attribution_verdict,"
            + " c.tags as claim_tags, c.origin as claim_origin, c.confidence as claim_confidence,"
            + " cast(c.figures as text) as claim_figures, c.created_at as claim_created_at,"
            + " p.updated_at as claim_updated_at, p.assignee as claim_assignee";

    /** What {@link #CLAIM_COLUMNS} read besides {@code claim c}. */
    static final String CLAIM_JOINS = " join claim_progress p on p.claim_id = c.id left join actor cs on cs.id = c.speaker_id";

    /** An appearance with its source and speaker, from {@code appearance a}, {@code source s}, {@code actor aps}. */
    static final String APPEARANCE_COLUMNS = "a.id as appearance_id, a.claim_id as appearance_claim_id,"
            + " s.id as source_id, s.title as source_title, s.url as source_url, s.publisher as source_publisher,"
            + " a.quote_exact as quote_exact, a.quote_prefix as quote_prefix, a.quote_suffix as quote_suffix,"
            + " a.quote_start as quote_start, a.quote_end as quote_end,"
            + " aps.id as appearance_speaker_id, aps.name as appearance_speaker_name, aps.kind as appearance_speaker_kind,"
            + " a.attribution_cue as attribution_cue, a.attribution_mode as attribution_mode,"
            + " a.created_at as appearance_created_at";

    static final String APPEARANCE_TABLES = "appearance a join source s on s.id = a.source_id"
            + " left join actor aps on aps.id = a.attribution_speaker_id";

    private static final ObjectReader FIGURES = new ObjectMapper().readerFor(new TypeReference<List<Figure>>() {
    });

    private ClaimRows() {
    }

    /** A claim as {@link #CLAIM_COLUMNS} select it. */
    record ClaimRow(ClaimFields fields, String assignee) {
    }

    /** An appearance as {@link #APPEARANCE_COLUMNS} select it, with the claim it belongs to. */
    record AppearanceRow(UUID claimId, AppearanceView view) {
    }

    static void claimScalars(NativeQuery<?> query) {
        query.addScalar("claim_id", UUID.class)
                .addScalar("claim_text", String.class)
                .addScalar("claim_kind", String.class)
                .addScalar("claim_speaker_id", UUID.class)
                .addScalar("claim_speaker_name", String.class)
                .addScalar("claim_speaker_kind", String.class)
                .addScalar("claim_status", String.class)
                .addScalar("claim_verdict", String.class)
                .addScalar("claim_attribution_verdict", String.class)
                // Untyped: an array type declared here breaks Hibernate's cache of native query plans.
                .addScalar("claim_tags")
                .addScalar("claim_origin", String.class)
                .addScalar("claim_confidence", Float.class)
                .addScalar("claim_figures", String.class)
                .addScalar("claim_created_at", Instant.class)
                .addScalar("claim_updated_at", Instant.class)
                .addScalar("claim_assignee", String.class);
    }

    static ClaimRow claim(Object[] row, int at) {
        ClaimFields fields = new ClaimFields((UUID) row[at], (String) row[at + 1], ClaimKind.valueOf((String) row[at + 2]),
                actor(row, at + 3), ClaimStatus.valueOf((String) row[at + 6]), nullable(Verdict.class, row[at + 7]),
                nullable(AttributionVerdict.class, row[at + 8]), tags(row[at + 9]),
                ClaimOrigin.valueOf((String) row[at + 10]), (Float) row[at + 11], figures((String) row[at + 12]),
                (Instant) row[at + 13], (Instant) row[at + 14]);
        return new ClaimRow(fields, (String) row[at + 15]);
    }

    static final int CLAIM_WIDTH = 16;

    static final int APPEARANCE_WIDTH = 17;

    static void appearanceScalars(NativeQuery<?> query) {
        query.addScalar("appearance_id", UUID.class)
                .addScalar("appearance_claim_id", UUID.class)
                .addScalar("source_id", UUID.class)
                .addScalar("source_title", String.class)
                .addScalar("source_url", String.class)
                .addScalar("source_publisher", String.class)
                .addScalar("quote_exact", String.class)
                .addScalar("quote_prefix", String.class)
                .addScalar("quote_suffix", String.class)
                .addScalar("quote_start", Integer.class)
                .addScalar("quote_end", Integer.class)
                .addScalar("appearance_speaker_id", UUID.class)
                .addScalar("appearance_speaker_name", String.class)
                .addScalar("appearance_speaker_kind", String.class)
                .addScalar("attribution_cue", String.class)
                .addScalar("attribution_mode", String.class)
                .addScalar("appearance_created_at", Instant.class);
    }

    static AppearanceRow appearance(Object[] row, int at) {
        SourceRef source = new SourceRef((UUID) row[at + 2], (String) row[at + 3], (String) row[at + 4], (String) row[at + 5]);
        TextQuote quote = new TextQuote((String) row[at + 6], (String) row[at + 7], (String) row[at + 8],
                (Integer) row[at + 9], (Integer) row[at + 10]);
        AttributionView attribution = new AttributionView(actor(row, at + 11), (String) row[at + 14],
                AttributionMode.valueOf((String) row[at + 15]));
        return new AppearanceRow((UUID) row[at + 1],
                new AppearanceView((UUID) row[at], source, quote, attribution, (Instant) row[at + 16]));
    }

    /** An actor as id, name and kind columns, all null when there is none. */
    private static ActorRef actor(Object[] row, int at) {
        return row[at] == null ? null : new ActorRef((UUID) row[at], (String) row[at + 1], ActorKind.valueOf((String) row[at + 2]));
    }

    private static <E extends Enum<E>> E nullable(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }

    private static List<String> tags(Object array) {
        List<String> tags = new ArrayList<>();
        for (Object tag : (Object[]) array) {
            tags.add((String) tag);
        }
        return Collections.unmodifiableList(tags);
    }

    /** Most claims state no figure: their empty array needs no parsing. */
    private static List<Figure> figures(String json) {
        if (json == null || "[]".equals(json)) {
            return List.of();
        }
        try {
            return List.copyOf(FIGURES.<List<Figure>> readValue(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.claimdesk.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.actors.ActorRef;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.common.SqlRows;
import io.claimdesk.sources.SourceRef;

/**
 * Claims and appearances read for the views as rows of just the columns the views show, not as entities: nothing
 * to hydrate, snapshot or track in the persistence context, which is most of what reading a list costs otherwise.
 * Each part names its columns with aliases and reads a row back in the same order, from the column it starts at.
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

    static ClaimRow claim(ResultSet row, int at) throws SQLException {
        ClaimFields fields = new ClaimFields(SqlRows.uuid(row, at), row.getString(at + 1),
                ClaimKind.valueOf(row.getString(at + 2)), actor(row, at + 3), ClaimStatus.valueOf(row.getString(at + 6)),
                SqlRows.named(Verdict.class, row, at + 7), SqlRows.named(AttributionVerdict.class, row, at + 8),
                tags(row.getArray(at + 9)), ClaimOrigin.valueOf(row.getString(at + 10)), confidence(row, at + 11),
                figures(row.getString(at + 12)), SqlRows.instant(row, at + 13), SqlRows.instant(row, at + 14));
        return new ClaimRow(fields, row.getString(at + 15));
    }

    static final int CLAIM_WIDTH = 16;

    static final int APPEARANCE_WIDTH = 17;

    static AppearanceRow appearance(ResultSet row, int at) throws SQLException {
        SourceRef source = new SourceRef(SqlRows.uuid(row, at + 2), row.getString(at + 3), row.getString(at + 4),
                row.getString(at + 5));
        TextQuote quote = new TextQuote(row.getString(at + 6), row.getString(at + 7), row.getString(at + 8),
                row.getInt(at + 9), row.getInt(at + 10));
        AttributionView attribution = new AttributionView(actor(row, at + 11), row.getString(at + 14),
                AttributionMode.valueOf(row.getString(at + 15)));
        return new AppearanceRow(SqlRows.uuid(row, at + 1),
                new AppearanceView(SqlRows.uuid(row, at), source, quote, attribution, SqlRows.instant(row, at + 16)));
    }

    /** An actor as id, name and kind columns, all null when there is none. */
    private static ActorRef actor(ResultSet row, int at) throws SQLException {
        UUID id = SqlRows.uuid(row, at);
        return id == null ? null : new ActorRef(id, row.getString(at + 1), ActorKind.valueOf(row.getString(at + 2)));
    }

    private static Float confidence(ResultSet row, int at) throws SQLException {
        float confidence = row.getFloat(at);
        return row.wasNull() ? null : confidence;
    }

    private static List<String> tags(Array array) throws SQLException {
        return Collections.unmodifiableList(Arrays.asList((String[]) array.getArray()));
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

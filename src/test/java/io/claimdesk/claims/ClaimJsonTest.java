package io.claimdesk.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.actors.ActorRef;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.common.InstantJson;
import io.claimdesk.common.Page;
import io.claimdesk.sources.SourceRef;

class ClaimJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final ObjectMapper WRITTEN = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        new InstantJson().customize(WRITTEN);
        new ClaimJson().customize(WRITTEN);
    }

    private static final ActorRef SPEAKER = new ActorRef(UUID.randomUUID(), "Defence Intelligence of Ukraine \"HUR\"",
            ActorKind.GOVERNMENT);

    private static ClaimFields reviewed() {
        return new ClaimFields(UUID.randomUUID(), "About 12,000 soldiers… are being trained \u2014 in \"eastern\" Russia.\n",
                ClaimKind.QUOTE, SPEAKER, ClaimStatus.REVIEWED, Verdict.MOSTLY_FALSE, AttributionVerdict.CONFIRMED,
                List.of("north-korea", "troops"), ClaimOrigin.EXTRACTED, 0.9f,
                List.of(new Figure(new BigDecimal("12000"), "soldiers"), new Figure(new BigDecimal("2.5E+3"), null)),
                Instant.parse("2024-10-26T09:30:00.123456Z"), Instant.parse("2024-10-27T10:00:00Z"));
    }

    private static ClaimFields unreviewed() {
        return new ClaimFields(UUID.randomUUID(), "Seoul sent a warning.", ClaimKind.STATEMENT, null, ClaimStatus.NEW, null,
                null, List.of(), ClaimOrigin.MANUAL, null, List.of(), Instant.parse("2024-10-26T09:30:00Z"),
                Instant.parse("2024-10-26T09:30:00.000000001Z"));
    }

    private static AppearanceView appearance(ActorRef speaker, String cue, String url) {
        return new AppearanceView(UUID.randomUUID(),
                new SourceRef(UUID.randomUUID(), "Putin emphasized the treaty… ‘military intervention’", url, url == null ? null : "Times News"),
                new TextQuote("about 12,000 soldiers", "e grounds.\n\nAccording to HUR, ", ", including Ussuriysk", 4310, 4331),
                new AttributionView(speaker, cue, AttributionMode.INDIRECT), Instant.parse("2024-10-26T09:31:00.5Z"));
    }

    /** Both as bytes (how responses are written) and as characters. */
    private static void writtenAsJacksonWritesIt(Object value) throws Exception {
        assertEquals(new String(JACKSON.writeValueAsBytes(value), StandardCharsets.UTF_8),
                new String(WRITTEN.writeValueAsBytes(value), StandardCharsets.UTF_8));
        assertEquals(JACKSON.writeValueAsString(value), WRITTEN.writeValueAsString(value));
    }

    @Test
    void writesAPageOfClaimsAsJacksonWritesTheRecords() throws Exception {
        writtenAsJacksonWritesIt(new Page<>(List.of(
                new ClaimSummary(reviewed(), "j.park", List.of(appearance(SPEAKER, "according to", "https://news.example.org/a"),
                        appearance(null, null, null))),
                new ClaimSummary(unreviewed(), null, List.of())), "cursor"));
    }

    @Test
    void writesClaimsInASourceAndSimilarClaimsAsJacksonWritesTheRecords() throws Exception {
        AppearanceView appearance = appearance(SPEAKER, "said", null);
        writtenAsJacksonWritesIt(new SourceClaimView(reviewed(), appearance.id(), appearance.quote(), appearance.attribution()));
        writtenAsJacksonWritesIt(List.of(new SimilarClaim(new ClaimSummary(unreviewed(), null, List.of(appearance)), 0.42, true)));
    }

    @Test
    void writesFieldsAndAppearancesOnTheirOwnAsJacksonWritesThem() throws Exception {
        writtenAsJacksonWritesIt(reviewed());
        writtenAsJacksonWritesIt(unreviewed());
        writtenAsJacksonWritesIt(appearance(null, null, null));
    }
}

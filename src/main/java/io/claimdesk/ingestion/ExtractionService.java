package io.claimdesk.ingestion;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.actors.Actor;
import io.claimdesk.actors.ActorKind;
import io.claimdesk.actors.ActorService;
import io.claimdesk.anchoring.QuoteAnchoring;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.claims.Attribution;
import io.claimdesk.claims.AttributionMode;
import io.claimdesk.claims.ClaimKind;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.ExtractedClaimRecord;
import io.claimdesk.claims.Figure;
import io.claimdesk.common.Text;
import io.claimdesk.extraction.ActorNames;
import io.claimdesk.extraction.ArticleExtractor;
import io.claimdesk.extraction.ArticleMetadata;
import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.Extraction;
import io.claimdesk.extraction.FigureMention;
import io.claimdesk.extraction.FindingKind;
import io.claimdesk.extraction.SpeakerKind;
import io.claimdesk.extraction.SpeakerRef;
import io.claimdesk.extraction.SpeechMode;
import io.claimdesk.sources.ExtractionReport;
import io.claimdesk.sources.NewSource;
import io.claimdesk.sources.Source;
import io.claimdesk.sources.SourceService;
import io.claimdesk.sources.SourceView;

/** Turns article text into sources with their metadata, and into NEW claims attributed to stored actors. */
@ApplicationScoped
@Transactional
public class ExtractionService {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Inject
    SourceService sources;

    @Inject
    ClaimService claims;

    @Inject
    ActorService actors;

    /** Stores an article, filling metadata the request leaves out from its text, and extracts its claims if asked. */
    public SourceView ingest(NewSource request, boolean extract) {
        Extraction found = extractor.extract(request.text());
        Source source = sources.store(withMetadata(request, found.metadata()));
        return sources.view(source, extract ? record(source, found) : null);
    }

    /** Extracts the claims of a stored source; what an earlier run stored is not stored again. */
    public ExtractionReport extract(UUID sourceId) {
        Source source = sources.require(sourceId);
        return record(source, extractor.extract(source.text));
    }

    private ExtractionReport record(Source source, Extraction found) {
        Map<String, Actor> speakers = new HashMap<>();
        Set<ClaimService.Span> quoted = claims.quotedSpans(source);
        int created = 0;
        for (ExtractedClaim claim : found.claims()) {
            TextQuote quote = QuoteAnchoring.at(source.text, claim.start(), claim.end());
            if (!quoted.add(ClaimService.Span.of(quote))) {
                continue;
            }
            Actor speaker = speakers.computeIfAbsent(claim.speaker().name(), name -> resolve(claim.speaker()));
            claims.recordExtracted(new ExtractedClaimRecord(claim.text(), kind(claim.kind()), speaker,
                    (float) claim.confidence(), figures(claim.figures()), source, quote,
                    new Attribution(claim.cue(), mode(claim.mode()))));
            created++;
        }
        return new ExtractionReport(source.id, found.claims().size(), created);
    }

    /**
     * The stored actor a speaker of the text is: one with that name or alias, else one whose name is a
     * romanization variant confirmed by their roles, else a new actor.
     */
    private Actor resolve(SpeakerRef speaker) {
        Optional<Actor> known = actors.findByName(speaker.name())
                .or(() -> speaker.aliases().stream().map(actors::findByName).flatMap(Optional::stream).findFirst())
                .or(() -> actors.similarlyNamed(speaker.name()).stream()
                        .filter(candidate -> sameActor(candidate, speaker))
                        .findFirst());
        if (known.isPresent()) {
            List<String> spellings = new ArrayList<>(speaker.aliases());
            spellings.add(0, speaker.name());
            actors.enrich(known.get(), speaker.description(), spellings);
            return known.get();
        }
        return actors.createKnown(speaker.name(), kind(speaker.kind()), speaker.description(), speaker.aliases());
    }

    private static ClaimKind kind(FindingKind kind) {
        return switch (kind) {
            case QUOTE -> ClaimKind.QUOTE;
            case STATEMENT -> ClaimKind.STATEMENT;
        };
    }

    private static ActorKind kind(SpeakerKind kind) {
        return switch (kind) {
            case PERSON -> ActorKind.PERSON;
            case ORGANIZATION -> ActorKind.ORGANIZATION;
            case MEDIA -> ActorKind.MEDIA;
            case GOVERNMENT -> ActorKind.GOVERNMENT;
            case ANONYMOUS -> ActorKind.ANONYMOUS;
        };
    }

    private static AttributionMode mode(SpeechMode mode) {
        return switch (mode) {
            case DIRECT -> AttributionMode.DIRECT;
            case INDIRECT -> AttributionMode.INDIRECT;
            case MIXED -> AttributionMode.MIXED;
        };
    }

    private static List<Figure> figures(List<FigureMention> figures) {
        return figures.stream().map(figure -> new Figure(figure.value(), figure.unit())).toList();
    }

    private static boolean sameActor(Actor candidate, SpeakerRef speaker) {
        if (ActorNames.sameActor(candidate.name, candidate.description, speaker.name(), speaker.description())) {
            return true;
        }
        return candidate.aliases.stream()
                .anyMatch(alias -> ActorNames.sameActor(alias, candidate.description, speaker.name(), speaker.description()));
    }

    private static NewSource withMetadata(NewSource request, ArticleMetadata metadata) {
        return new NewSource(
                request.url(),
                Text.isBlank(request.title()) ? metadata.title() : request.title(),
                Text.isBlank(request.publisher()) ? metadata.publisher() : request.publisher(),
                request.authors() == null || request.authors().isEmpty() ? metadata.authors() : request.authors(),
                request.publishedAt() != null || metadata.publishedAt() == null ? request.publishedAt()
                        : metadata.publishedAt().atStartOfDay().toInstant(ZoneOffset.UTC),
                Text.isBlank(request.language()) ? metadata.language() : request.language(),
                request.text());
    }
}

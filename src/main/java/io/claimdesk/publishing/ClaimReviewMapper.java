package io.claimdesk.publishing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.claimdesk.actors.Actor;
import io.claimdesk.claims.Appearance;
import io.claimdesk.claims.Claim;
import io.claimdesk.common.ClaimdeskConfig;
import io.claimdesk.sources.Source;

final class ClaimReviewMapper {

    /** The first appearance is in the earliest published source; sources without a date come last. */
    private static final Comparator<Appearance> FIRST = Comparator
            .comparing((Appearance appearance) -> appearance.source.publishedAt,
                    Comparator.nullsLast(Comparator.<Instant> naturalOrder()))
            .thenComparing(appearance -> appearance.createdAt);

    private ClaimReviewMapper() {
    }

    /**
     * The published version as a ClaimReview: text and rating as published; the speaker and appearances as
     * recorded now, with their sources loaded.
     */
    static ClaimReview toDocument(Publication publication, List<Appearance> appearances,
            ClaimdeskConfig.Publisher publisher) {
        Claim claim = publication.claim;
        List<Appearance> ordered = appearances.stream().sorted(FIRST).toList();
        Source first = ordered.isEmpty() ? null : ordered.get(0).source;
        ClaimReview.ReviewedClaim item = new ClaimReview.ReviewedClaim(ClaimReview.ReviewedClaim.TYPE,
                speaker(claim.speaker),
                first == null ? null : first.publishedAt,
                first == null ? null : work(first),
                ordered.isEmpty() ? null : ordered.stream().map(appearance -> work(appearance.source)).toList());
        ClaimReview.Party author = new ClaimReview.Party("Organization", publisher.name(), publisher.url(), null);
        return new ClaimReview(ClaimReview.CONTEXT, ClaimReview.TYPE, publication.url, publication.claimText,
                Ratings.of(publication.verdict), item, author, publication.firstPublishedAt,
                publication.version > 1 ? publication.publishedAt : null);
    }

    /** People, and anonymous sources, are Persons; every other kind of actor is an Organization. */
    private static ClaimReview.Party speaker(Actor actor) {
        if (actor == null) {
            return null;
        }
        String type = switch (actor.kind) {
            case PERSON, ANONYMOUS -> "Person";
            case ORGANIZATION, MEDIA, GOVERNMENT -> "Organization";
        };
        return new ClaimReview.Party(type, actor.name, null, actor.sameAs.isEmpty() ? null : List.copyOf(actor.sameAs));
    }

    private static ClaimReview.CreativeWork work(Source source) {
        ClaimReview.Party publisher = source.publisher == null ? null
                : new ClaimReview.Party("Organization", source.publisher, null, null);
        return new ClaimReview.CreativeWork(ClaimReview.CreativeWork.TYPE, source.url, source.title, source.publishedAt,
                publisher);
    }
}

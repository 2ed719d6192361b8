package io.claimdesk.publishing;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.claims.Appearance;
import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimDeleting;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.ClaimStatus;
import io.claimdesk.claims.Verdict;
import io.claimdesk.common.ClaimdeskConfig;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.SqlRows;
import io.claimdesk.common.Timestamps;
import io.claimdesk.reviews.Review;
import io.claimdesk.reviews.ReviewService;
import io.claimdesk.security.Caller;

@ApplicationScoped
@Transactional
public class PublicationService {

    /**
     * The transaction-scoped advisory lock every change of the feed holds until it commits, so that changes
     * commit in the order of their changedAt and a reader never sees a later change before an earlier one.
     */
    private static final long FEED_LOCK = 0x436c61696d466565L;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ClaimdeskConfig config;

    /**
     * Publishes the REVIEWED claim's newest review as a new version: the first publication, or one replacing the
     * version on line, which stays on record. The review needs the configured number of approvals.
     */
    public PublicationView publish(UUID claimId) {
        Claim claim = lockedClaim(claimId);
        if (claim.status() != ClaimStatus.REVIEWED) {
            throw Problems.conflict("Only a REVIEWED claim can be published; this one is " + claim.status());
        }
        Review review = reviews.newest(claimId)
                .orElseThrow(() -> Problems.conflict("Claim " + claimId + " has no review to publish"));
        Optional<Publication> latest = latest(claimId);
        if (latest.filter(Publication::isLive).filter(live -> live.reviewId.equals(review.id)).isPresent()) {
            throw Problems.conflict("Claim " + claimId + " is published with its newest review " + review.id
                    + " already; a newer review can be published as a new version");
        }
        long approvals = reviews.approvalCount(review.id);
        int required = config.workflow().requiredApprovals();
        if (approvals < required) {
            throw Problems.approvalsMissing("Review " + review.id + " has " + approvals + " of the " + required
                    + " approvals publishing needs: " + (required - approvals) + " missing; another reviewer approves"
                    + " it with POST /api/v1/claims/" + claimId + "/reviews/" + review.id + "/approvals",
                    required - approvals);
        }
        Instant now = nextChangeTime();
        PublicationView before = latest.map(previous -> PublicationView.of(previous, review.id)).orElse(null);
        latest.ifPresent(previous -> {
            previous.supersededAt = now;
            // The newer version takes the previous one's place as the claim's latest: write that first.
            Publication.flush();
        });
        Publication publication = new Publication();
        publication.claim = claim;
        publication.version = latest.map(previous -> previous.version + 1).orElse(1);
        publication.url = config.publisher().reviewBaseUrl() + claimId;
        publication.reviewId = review.id;
        publication.claimText = claim.text;
        publication.verdict = review.verdict;
        publication.attribution = review.attribution;
        publication.rationale = review.rationale;
        publication.firstPublishedAt = latest.map(previous -> previous.firstPublishedAt).orElse(now);
        publication.publishedAt = now;
        publication.publishedBy = caller.name();
        publication.changedAt = now;
        publication.persist();
        PublicationView view = PublicationView.of(publication, review.id);
        audit.record(AuditAction.PUBLISH, AuditedType.PUBLICATION, publication.id, claimId, before, view);
        return view;
    }

    /** Takes the version on line down; it stays on record with who retracted it, when and why. */
    public PublicationView retract(UUID claimId, String reason) {
        lockedClaim(claimId);
        Publication publication = latest(claimId).filter(Publication::isLive)
                .orElseThrow(() -> Problems.conflict("Claim " + claimId + " is not published"));
        UUID newest = newestReviewId(claimId);
        PublicationView before = PublicationView.of(publication, newest);
        Instant now = nextChangeTime();
        publication.retractedAt = now;
        publication.retractedBy = caller.name();
        publication.retractionReason = reason.strip();
        publication.changedAt = now;
        PublicationView after = PublicationView.of(publication, newest);
        audit.record(AuditAction.RETRACT, AuditedType.PUBLICATION, publication.id, claimId, before, after);
        return after;
    }

    /** The version on line, if any, and whether a newer review has been given since. */
    @Transactional(SUPPORTS)
    public Optional<PublicationView> current(UUID claimId, UUID newestReviewId) {
        // The live version, as Publication.isLive says: neither superseded nor retracted.
        return SqlRows.list(Publication.getEntityManager(), "select p.id, p.version, p.url, p.review_id, p.verdict,"
                + " p.attribution, p.rationale, p.published_at, p.published_by, p.first_published_at from publication p"
                + " where p.claim_id = :claimId and p.superseded_at is null and p.retracted_at is null",
                Map.of("claimId", claimId), null, row -> {
                    UUID reviewId = SqlRows.uuid(row, 4);
                    return new PublicationView(SqlRows.uuid(row, 1), claimId, row.getInt(2), row.getString(3), reviewId,
                            SqlRows.named(Verdict.class, row, 5), SqlRows.named(AttributionVerdict.class, row, 6),
                            row.getString(7), SqlRows.instant(row, 8), row.getString(9), SqlRows.instant(row, 10), null,
                            null, null, null, PublicationView.outdated(reviewId, newestReviewId));
                }).stream().findFirst();
    }

    /** Consumers of the feed learn of a takedown only from a retraction: a published claim stays until retracted. */
    void refuseDeletingPublished(@Observes ClaimDeleting deleting) {
        UUID claimId = deleting.claim().id;
        if (Publication.count("claim.id = ?1 and supersededAt is null and retractedAt is null", claimId) > 0) {
            throw Problems.conflict("Claim " + claimId + " is published; retract it before deleting it");
        }
    }

    /** Every version of the claim's publication, newest first. */
    @Transactional(SUPPORTS)
    public Page<PublicationView> versions(UUID claimId, int limit, String cursor) {
        claims.require(claimId);
        SqlFilter where = new SqlFilter().always("p.claim_id = :claimId").parameter("claimId", claimId);
        Keyset.Slice slice = Keyset.page(Publication.getEntityManager(),
                "select p.id, p.published_at as sort_key from publication p", where, Keyset.SortKey.TIMESTAMP, true,
                cursor, limit);
        List<Publication> found = slice.ids().isEmpty() ? List.of() : Publication.list("id in ?1", slice.ids());
        UUID newest = newestReviewId(claimId);
        return new Page<>(Keyset.inOrder(slice.ids(), found, publication -> publication.id).stream()
                .map(publication -> PublicationView.of(publication, newest)).toList(), slice.nextCursor());
    }

    /** The ClaimReview of the version on line: 404 when the claim is not published. */
    @Transactional(SUPPORTS)
    public ClaimReview claimReview(UUID claimId) {
        claims.require(claimId);
        List<Publication> live = Publication.list("select p from Publication p join fetch p.claim c join fetch c.progress"
                + " left join fetch c.speaker where c.id = ?1 and p.supersededAt is null and p.retractedAt is null", claimId);
        if (live.isEmpty()) {
            throw Problems.notFound("Published review of claim", claimId);
        }
        return documents(live).get(live.get(0).id);
    }

    /**
     * The change feed: each claim whose publication changed after since, at the time of its latest change,
     * oldest change first, in three statements whatever the page size.
     */
    @Transactional(SUPPORTS)
    public Page<FeedEntry> feed(Instant since, int limit, String cursor) {
        SqlFilter where = new SqlFilter().always("p.superseded_at is null")
                .when(since, "p.changed_at > :since", "since");
        Keyset.Slice slice = Keyset.page(Publication.getEntityManager(),
                "select p.id, p.changed_at as sort_key from publication p", where, Keyset.SortKey.TIMESTAMP, false,
                cursor, limit);
        if (slice.ids().isEmpty()) {
            return new Page<>(List.of(), slice.nextCursor());
        }
        List<Publication> publications = Keyset.inOrder(slice.ids(), Publication.list(
                "select p from Publication p join fetch p.claim c join fetch c.progress left join fetch c.speaker"
                        + " where p.id in ?1", slice.ids()),
                publication -> publication.id);
        Map<UUID, ClaimReview> documents = documents(publications.stream().filter(Publication::isLive).toList());
        return new Page<>(publications.stream().map(publication -> entry(publication, documents.get(publication.id))).toList(),
                slice.nextCursor());
    }

    private static FeedEntry entry(Publication publication, ClaimReview document) {
        FeedChange change = publication.retractedAt != null ? FeedChange.RETRACTED
                : publication.version == 1 ? FeedChange.PUBLISHED : FeedChange.REPUBLISHED;
        return new FeedEntry(publication.claim.id, change, publication.changedAt, publication.version, document,
                publication.retractedAt);
    }

    /** The ClaimReview of each publication by its id, with the claims' appearances loaded in one statement. */
    private Map<UUID, ClaimReview> documents(List<Publication> publications) {
        if (publications.isEmpty()) {
            return Map.of();
        }
        List<UUID> claimIds = publications.stream().map(publication -> publication.claim.id).toList();
        Map<UUID, List<Appearance>> appearances = Appearance.<Appearance> list(
                "select a from Appearance a join fetch a.source where a.claim.id in ?1", claimIds)
                .stream()
                .collect(Collectors.groupingBy(appearance -> appearance.claim.id));
        return publications.stream().collect(Collectors.toMap(publication -> publication.id,
                publication -> ClaimReviewMapper.toDocument(publication,
                        appearances.getOrDefault(publication.claim.id, List.of()), config.publisher())));
    }

    /**
     * The time of a change of the feed, taken under the feed lock and later than every change before it: the
     * feed is ordered by it, and since it grows in commit order, polling with the last one seen misses nothing.
     */
    private Instant nextChangeTime() {
        Publication.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", FEED_LOCK)
                .getSingleResult();
        Instant last = Publication.getEntityManager()
                .createQuery("select max(p.changedAt) from Publication p where p.supersededAt is null", Instant.class)
                .getSingleResult();
        Instant now = Timestamps.now();
        return last == null || now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
    }

    private UUID newestReviewId(UUID claimId) {
        return reviews.newest(claimId).map(review -> review.id).orElse(null);
    }

    private static Optional<Publication> latest(UUID claimId) {
        return Publication.find("claim.id = ?1 and supersededAt is null", claimId).firstResultOptional();
    }

    /** Publishing and retracting take the claim's row lock, so two editors never publish one claim twice. */
    private Claim lockedClaim(UUID claimId) {
        Claim claim = claims.require(claimId);
        Claim.getEntityManager().lock(claim, LockModeType.PESSIMISTIC_WRITE);
        return claim;
    }
}

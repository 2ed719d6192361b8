package io.claimdesk.publishing;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.claims.Appearance;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.ClaimStatus;
import io.claimdesk.common.ClaimdeskConfig;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Timestamps;
import io.claimdesk.security.Caller;

@ApplicationScoped
@Transactional
public class PublicationService {

    @Inject
    ClaimService claims;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ClaimdeskConfig config;

    /** Publishes a REVIEWED claim that is not published now. */
    public PublicationView publish(UUID claimId) {
        Claim claim = lockedClaim(claimId);
        if (claim.status != ClaimStatus.REVIEWED) {
            throw Problems.conflict("Only a REVIEWED claim can be published; this one is " + claim.status);
        }
        if (open(claimId).isPresent()) {
            throw Problems.conflict("Claim " + claimId + " is already published; retract it first to publish it again");
        }
        Publication publication = new Publication();
        publication.claim = claim;
        publication.url = config.publisher().reviewBaseUrl() + claimId;
        publication.publishedAt = Timestamps.now();
        publication.publishedBy = caller.name();
        publication.persist();
        PublicationView view = PublicationView.of(publication);
        audit.record(AuditAction.PUBLISH, AuditedType.PUBLICATION, publication.id, claimId, null, view);
        return view;
    }

    /** Closes the current publication; it stays on record with who retracted it, when and why. */
    public PublicationView retract(UUID claimId, String reason) {
        lockedClaim(claimId);
        Publication publication = open(claimId)
                .orElseThrow(() -> Problems.conflict("Claim " + claimId + " is not published"));
        PublicationView before = PublicationView.of(publication);
        publication.retractedAt = Timestamps.now();
        publication.retractedBy = caller.name();
        publication.retractionReason = reason.strip();
        PublicationView after = PublicationView.of(publication);
        audit.record(AuditAction.RETRACT, AuditedType.PUBLICATION, publication.id, claimId, before, after);
        return after;
    }

    @Transactional(SUPPORTS)
    public Optional<PublicationView> current(UUID claimId) {
        return open(claimId).map(PublicationView::of);
    }

    /** The ClaimReview of a published claim: 404 when it is not published. */
    @Transactional(SUPPORTS)
    public ClaimReview claimReview(UUID claimId) {
        claims.require(claimId);
        List<ClaimReview> found = documents(Publication.list(
                "select p from Publication p join fetch p.claim c left join fetch c.speaker"
                        + " where c.id = ?1 and p.retractedAt is null", claimId));
        if (found.isEmpty()) {
            throw Problems.notFound("Published review of claim", claimId);
        }
        return found.get(0);
    }

    /** Currently published reviews, oldest publication first, in three statements whatever the page size. */
    @Transactional(SUPPORTS)
    public Page<ClaimReview> feed(Instant since, int limit, String cursor) {
        SqlFilter where = new SqlFilter().always("p.retracted_at is null")
                .when(since, "p.published_at >= :since", "since");
        Keyset.Slice slice = Keyset.page(Publication.getEntityManager(),
                "select p.id, p.published_at as sort_key from publication p", where, Keyset.SortKey.TIMESTAMP, false,
                cursor, limit);
        if (slice.ids().isEmpty()) {
            return new Page<>(List.of(), slice.nextCursor());
        }
        List<Publication> publications = Keyset.inOrder(slice.ids(), Publication.list(
                "select p from Publication p join fetch p.claim c left join fetch c.speaker where p.id in ?1", slice.ids()),
                publication -> publication.id);
        return new Page<>(documents(publications), slice.nextCursor());
    }

    private List<ClaimReview> documents(List<Publication> publications) {
        if (publications.isEmpty()) {
            return List.of();
        }
        List<UUID> claimIds = publications.stream().map(publication -> publication.claim.id).toList();
        Map<UUID, List<Appearance>> appearances = Appearance.<Appearance> list(
                "select a from Appearance a join fetch a.source where a.claim.id in ?1", claimIds)
                .stream()
                .collect(Collectors.groupingBy(appearance -> appearance.claim.id));
        return publications.stream()
                .map(publication -> ClaimReviewMapper.toDocument(publication,
                        appearances.getOrDefault(publication.claim.id, List.of()), config.publisher()))
                .toList();
    }

    private static Optional<Publication> open(UUID claimId) {
        return Publication.find("claim.id = ?1 and retractedAt is null", claimId).firstResultOptional();
    }

    /** Publishing and retracting take the claim's row lock, so two editors never publish one claim twice. */
    private Claim lockedClaim(UUID claimId) {
        Claim claim = claims.require(claimId);
        Claim.getEntityManager().lock(claim, LockModeType.PESSIMISTIC_WRITE);
        return claim;
    }
}

package io.claimdesk.claimdetail;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.claims.ClaimQueries;
import io.claimdesk.common.ClaimdeskConfig;
import io.claimdesk.common.SchemaMigration;
import io.claimdesk.evidence.EvidenceService;
import io.claimdesk.publishing.PublicationService;
import io.claimdesk.reviews.Review;
import io.claimdesk.reviews.ReviewService;
import io.claimdesk.reviews.ReviewView;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the queries of a claim and of a claim list once, before the service reports ready: a few index lookups of
 * one claim. Hibernate parses a query the first time it runs; on a fresh instance a burst of requests otherwise
 * parsed the same queries in every request at once, each holding its pooled connection meanwhile, and the pool ran
 * dry (503). {@code claimdesk.warm-up=false} leaves it out.
 */
@ApplicationScoped
public class ReadWarmUp {

    @Inject
    ClaimdeskConfig config;

    @Inject
    ClaimQueries claims;

    @Inject
    ReviewService reviews;

    @Inject
    EvidenceService evidence;

    @Inject
    PublicationService publications;

    void onStart(@Observes @Priority(SchemaMigration.PRIORITY + 1) StartupEvent event) {
        if (config.warmUp()) {
            warmUp();
        }
    }

    /** What {@link ClaimDetailQuery} and the claim lists run, on a reviewed claim if there is one. */
    @Transactional
    void warmUp() {
        List<?> reviewed = Review.getEntityManager().createNativeQuery("select claim_id from review limit 1", UUID.class)
                .getResultList();
        UUID claim = reviewed.isEmpty() ? UUID.randomUUID() : (UUID) reviewed.get(0);
        claims.summaries(List.of(claim));
        claims.appearances(claim);
        UUID latestReview = reviews.latest(claim).map(ReviewView::id).orElse(null);
        evidence.forClaim(claim);
        publications.current(claim, latestReview);
    }
}

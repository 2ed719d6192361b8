package io.claimdesk.claimdetail;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.claims.ClaimQueries;
import io.claimdesk.claims.ClaimSnapshot;
import io.claimdesk.evidence.EvidenceService;
import io.claimdesk.publishing.PublicationService;
import io.claimdesk.reviews.ReviewService;
import io.claimdesk.reviews.ReviewView;

/** A claim as the desk shows it: what claims, reviews, evidence and publishing each hold of it, read together. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ClaimDetailQuery {

    @Inject
    ClaimQueries claimQueries;

    @Inject
    ReviewService reviews;

    @Inject
    EvidenceService evidence;

    @Inject
    PublicationService publications;

    public ClaimDetail get(UUID id) {
        ClaimSnapshot claim = claimQueries.snapshot(id);
        ReviewView latest = reviews.latest(id).orElse(null);
        return ClaimDetail.of(claim, claimQueries.appearances(id), latest, evidence.forClaim(id),
                publications.current(id, latest == null ? null : latest.id()).orElse(null));
    }
}

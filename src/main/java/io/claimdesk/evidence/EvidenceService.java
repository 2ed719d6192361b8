package io.claimdesk.evidence;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.anchoring.QuoteColumns;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimFolding;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.SqlRows;
import io.claimdesk.common.Text;
import io.claimdesk.security.Caller;
import io.claimdesk.sources.Source;
import io.claimdesk.sources.SourceRef;
import io.claimdesk.sources.SourceService;
import io.claimdesk.sources.SourceUrls;

@ApplicationScoped
@Transactional
public class EvidenceService {

    @Inject
    ClaimService claims;

    @Inject
    SourceService sources;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public EvidenceView add(UUID claimId, NewEvidence request) {
        Claim claim = claims.require(claimId);
        Evidence evidence = new Evidence();
        evidence.claim = claim;
        if (request.sourceId() != null) {
            Source source = sources.referenced(request.sourceId());
            evidence.source = source;
            if (request.quote() != null) {
                evidence.quote = QuoteColumns.of(sources.anchor(source, request.quote()));
            }
        } else {
            evidence.url = SourceUrls.normalize(request.url())
                    .orElseThrow(() -> Problems.badRequest("url must be an absolute http or https URL"));
        }
        evidence.title = Text.strippedOrNull(request.title());
        evidence.stance = request.stance();
        evidence.note = Text.strippedOrNull(request.note());
        evidence.addedBy = caller.name();
        evidence.persist();
        EvidenceView view = EvidenceView.of(evidence);
        audit.record(AuditAction.CREATE, AuditedType.EVIDENCE, evidence.id, claimId, null, view);
        return view;
    }

    /** Evidence of a claim folded into another follows it. */
    void follow(@Observes ClaimFolding folding) {
        Claim from = folding.folded();
        Claim to = folding.into();
        for (Evidence item : Evidence.<Evidence> list("claim", from)) {
            EvidenceView before = EvidenceView.of(item);
            item.claim = to;
            audit.record(AuditAction.UPDATE, AuditedType.EVIDENCE, item.id, to.id, before, EvidenceView.of(item));
        }
    }

    /** All evidence of a claim, oldest first, with sources in one statement. */
    @Transactional(SUPPORTS)
    public List<EvidenceView> forClaim(UUID claimId) {
        return SqlRows.list(Evidence.getEntityManager(), "select e.id, s.id, s.title, s.url, s.publisher, e.quote_exact,"
                + " e.quote_prefix, e.quote_suffix, e.quote_start, e.quote_end, e.url, e.title, e.stance, e.note, e.added_by,"
                + " e.created_at from evidence e left join source s on s.id = e.source_id where e.claim_id = :claimId"
                + " order by e.created_at, e.id", Map.of("claimId", claimId), null, row -> {
                    UUID sourceId = SqlRows.uuid(row, 2);
                    SourceRef source = sourceId == null ? null
                            : new SourceRef(sourceId, row.getString(3), row.getString(4), row.getString(5));
                    String exact = row.getString(6);
                    TextQuote quote = exact == null ? null
                            : new TextQuote(exact, row.getString(7), row.getString(8), row.getInt(9), row.getInt(10));
                    return new EvidenceView(SqlRows.uuid(row, 1), claimId, source, quote, row.getString(11),
                            row.getString(12), SqlRows.named(Stance.class, row, 13), row.getString(14), row.getString(15),
                            SqlRows.instant(row, 16));
                });
    }

    /** Oldest first, as evidence builds up. */
    @Transactional(SUPPORTS)
    public Page<EvidenceView> list(UUID claimId, int limit, String cursor) {
        claims.require(claimId);
        SqlFilter where = new SqlFilter().always("e.claim_id = :claimId").parameter("claimId", claimId);
        Keyset.Slice slice = Keyset.page(Evidence.getEntityManager(),
                "select e.id, e.created_at as sort_key from evidence e", where, Keyset.SortKey.TIMESTAMP, false, cursor,
                limit);
        List<Evidence> found = slice.ids().isEmpty() ? List.of()
                : Evidence.list("select e from Evidence e left join fetch e.source where e.id in ?1", slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), found, item -> item.id).stream().map(EvidenceView::of).toList(),
                slice.nextCursor());
    }

    public void delete(UUID claimId, UUID evidenceId) {
        claims.require(claimId);
        Evidence evidence = Evidence.<Evidence> find(
                "select e from Evidence e left join fetch e.source where e.id = ?1 and e.claim.id = ?2", evidenceId, claimId)
                .firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Evidence", evidenceId));
        audit.record(AuditAction.DELETE, AuditedType.EVIDENCE, evidenceId, claimId, EvidenceView.of(evidence), null);
        evidence.delete();
    }
}

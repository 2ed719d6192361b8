package io.claimdesk.claims;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.claimdesk.actors.Actor;
import io.claimdesk.actors.ActorMerged;
import io.claimdesk.actors.ActorService;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.common.ETags;
import io.claimdesk.common.Problems;
import io.claimdesk.common.Text;
import io.claimdesk.security.Caller;
import io.claimdesk.security.Roles;
import io.claimdesk.sources.Source;
import io.claimdesk.sources.SourceService;

@ApplicationScoped
@Transactional
public class ClaimService {

    @Inject
    SourceService sources;

    @Inject
    ActorService actors;

    @Inject
    Event<ClaimDeleting> deleting;

    @Inject
    Event<ClaimFolding> folding;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /**
     * Records a claim and answers its id; one whose quote overlaps a claim already anchored in the source is a 409
     * unless allowed.
     */
    public UUID create(NewClaim request, boolean allowOverlap) {
        Source source = request.sourceId() == null ? null : sources.referenced(request.sourceId());
        TextQuote quote = source == null ? null : sources.anchor(source, request.quote());
        if (quote != null && !allowOverlap) {
            // Claims entered in one source at once queue on its row, so that two overlapping ones cannot both pass.
            Source.getEntityManager().lock(source, LockModeType.PESSIMISTIC_WRITE);
            refuseOverlap(source, quote);
        }

        Claim claim = Claim.manual(Text.isBlank(request.text()) ? quote.exact() : request.text().strip(), request.kind(),
                speaker(request.speaker()), normalizedTags(request.tags()));
        claim.persist();
        audit.record(AuditAction.CREATE, AuditedType.CLAIM, claim.id, claim.id, null, ClaimState.of(claim));
        if (source != null) {
            appear(claim, source, quote, request.attribution(), claim.speaker);
        }
        return claim.id;
    }

    private static void refuseOverlap(Source source, TextQuote quote) {
        Appearance.<Appearance> find("source.id = ?1 and quote.start < ?2 and quote.end > ?3 order by quote.start, id",
                source.id, quote.end(), quote.start())
                .firstResultOptional()
                .ifPresent(existing -> {
                    throw Problems.duplicate("Claim " + existing.claim.id + " already quotes characters "
                            + existing.quote.start + "-" + existing.quote.end + " of source " + source.id
                            + ", overlapping this quote (" + quote.start() + "-" + quote.end()
                            + "); review that claim, or record this one anyway with allowOverlap=true",
                            URI.create("/api/v1/claims/" + existing.claim.id), existing.claim.id);
                });
    }

    /** The claim a path names, with its speaker: 404 when there is none. */
    @Transactional(SUPPORTS)
    public Claim require(UUID id) {
        return Claim.<Claim> find("select c from Claim c join fetch c.progress left join fetch c.speaker where c.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Claim", id));
    }

    /**
     * The claim, locked until the transaction ends: simultaneous writers that each append to it (reviews) then
     * update it queue on its progress row instead of failing on its version. That row is locked, and read first, so
     * that a writer who waited reads the version the previous one left.
     */
    public Claim requireLocked(UUID id) {
        if (Claim.getEntityManager().find(ClaimProgress.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw Problems.notFound("Claim", id);
        }
        return require(id);
    }

    public void update(UUID id, String ifMatch, ClaimPatch patch) {
        if (!patch.isStatusOnly()) {
            caller.require(Roles.EDITOR, "Changing a claim's text, kind, speaker or tags");
        }
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version());
        ClaimState before = ClaimState.of(claim);
        if (patch.status() != null) {
            claim.moveTo(patch.status());
        }
        if (patch.text() != null) {
            claim.text = patch.text().strip();
        }
        if (patch.kind() != null) {
            claim.kind = patch.kind();
        }
        if (patch.speaker() != null) {
            Actor previous = claim.speaker;
            claim.speaker = speaker(patch.speaker());
            // Appearances that only repeated the old speaker follow; ones naming someone else keep what their source said.
            for (Appearance appearance : Appearance.<Appearance> list("claim.id = ?1", id)) {
                if (sameActor(appearance.speaker, previous)) {
                    appearance.speaker = claim.speaker;
                }
            }
        }
        if (patch.tags() != null) {
            claim.tags = normalizedTags(patch.tags());
        }
        ClaimState after = ClaimState.of(claim);
        if (after.equals(before)) {
            // Nothing changed: the version stays, so nobody else's ETag goes stale, and there is nothing to audit.
            return;
        }
        claim.touch();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, id, id, before, after);
        // Flush now so that a concurrent change is caught as a stale version before we answer.
        Claim.flush();
    }

    /**
     * Gives the claim to someone to work on. Editors assign anyone; a reviewer may only take an unassigned claim
     * for themselves.
     */
    public void assign(UUID id, String ifMatch, String assignee) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version());
        String name = assignee.strip();
        if (!caller.has(Roles.EDITOR)) {
            String me = caller.name();
            if (!name.equals(me)) {
                caller.require(Roles.EDITOR, "Assigning a claim to someone else");
            }
            if (claim.assignee() != null && !claim.assignee().equals(me)) {
                throw Problems.conflict("Claim " + id + " is assigned to " + claim.assignee()
                        + "; only an editor can reassign it");
            }
        }
        reassign(claim, name);
    }

    /** Leaves the claim to nobody: its assignee giving it back, or an editor. */
    public void unassign(UUID id, String ifMatch) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version());
        if (claim.assignee() != null && !claim.assignee().equals(caller.name())) {
            caller.require(Roles.EDITOR, "Unassigning a claim assigned to someone else");
        }
        reassign(claim, null);
    }

    private void reassign(Claim claim, String assignee) {
        if (Objects.equals(claim.assignee(), assignee)) {
            // Nothing changes: the version stays and there is nothing to audit.
            return;
        }
        ClaimState before = ClaimState.of(claim);
        claim.assignTo(assignee);
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, claim.id, claim.id, before, ClaimState.of(claim));
        Claim.flush();
    }

    public void delete(UUID id, String ifMatch) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version());
        deleting.fire(new ClaimDeleting(claim));
        audit.record(AuditAction.DELETE, AuditedType.CLAIM, id, id, ClaimState.of(claim), null);
        claim.delete();
        Claim.flush();
    }

    public AppearanceView addAppearance(UUID claimId, NewAppearance request) {
        Claim claim = require(claimId);
        Source source = sources.referenced(request.sourceId());
        Actor speaker = request.speaker() == null ? claim.speaker : speaker(request.speaker());
        TextQuote quote = sources.anchor(source, request.quote());
        if (Appearance.count("claim.id = ?1 and source.id = ?2 and quote.start = ?3 and quote.end = ?4",
                claim.id, source.id, quote.start(), quote.end()) > 0) {
            throw Problems.conflict("The claim already appears in source " + source.id + " at this quote");
        }
        return ClaimMapper.toView(appear(claim, source, quote, request.attribution(), speaker));
    }

    /** Folds another claim into this one as extra appearances; a reviewed claim keeps its own identity. */
    public void fold(UUID id, UUID otherId) {
        if (id.equals(otherId)) {
            throw Problems.badRequest("A claim cannot be folded into itself");
        }
        Claim claim = require(id);
        Claim other = Claim.<Claim> findByIdOptional(otherId)
                .orElseThrow(() -> Problems.unprocessable("Claim " + otherId + " does not exist"));
        ClaimState before = ClaimState.of(claim);
        List<Appearance> own = Appearance.list("claim.id = ?1", id);
        for (Appearance appearance : Appearance.<Appearance> list("claim.id = ?1", otherId)) {
            if (own.stream().anyMatch(appearance::sameSpanAs)) {
                appearance.delete();
            } else {
                AppearanceView moved = ClaimMapper.toView(appearance);
                appearance.claim = claim;
                audit.record(AuditAction.UPDATE, AuditedType.APPEARANCE, appearance.id, id, moved, moved);
            }
        }
        folding.fire(new ClaimFolding(other, claim));
        audit.record(AuditAction.DELETE, AuditedType.CLAIM, otherId, otherId, ClaimState.of(other), null);
        other.delete();
        claim.touch();
        Claim.flush();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, id, id, before, ClaimState.of(claim));
    }

    /** Records a claim that extraction found, with where it appears and how it is attributed there. */
    public Claim recordExtracted(ExtractedClaimRecord found) {
        Claim claim = Claim.extracted(found.text(), found.kind(), found.speaker(), found.confidence(), found.figures());
        claim.persist();
        audit.record(AuditAction.CREATE, AuditedType.CLAIM, claim.id, claim.id, null, ClaimState.of(claim));
        appear(claim, found.source(), found.quote(), found.attribution(), claim.speaker);
        return claim;
    }

    /** Attributes every claim of one actor to another, as when two actors turn out to be one. */
    void reattribute(@Observes ActorMerged merged) {
        Actor from = merged.duplicate();
        Actor to = merged.into();
        for (Claim claim : Claim.<Claim> list("speaker", from)) {
            ClaimState before = ClaimState.of(claim);
            claim.speaker = to;
            claim.touch();
            audit.record(AuditAction.UPDATE, AuditedType.CLAIM, claim.id, claim.id, before, ClaimState.of(claim));
        }
        for (Appearance appearance : Appearance.<Appearance> list("speaker", from)) {
            AppearanceView before = ClaimMapper.toView(appearance);
            appearance.speaker = to;
            audit.record(AuditAction.UPDATE, AuditedType.APPEARANCE, appearance.id, appearance.claim.id, before,
                    ClaimMapper.toView(appearance));
        }
        Claim.flush();
    }

    /** A span of a source's text, by character offsets. */
    public record Span(int start, int end) {

        public static Span of(TextQuote quote) {
            return new Span(quote.start(), quote.end());
        }
    }

    /** The spans of the source that claims already quote, in one statement. */
    @Transactional(SUPPORTS)
    public Set<Span> quotedSpans(Source source) {
        return new HashSet<>(Claim.getEntityManager()
                .createQuery("select a.quote.start, a.quote.end from Appearance a where a.source.id = ?1", Object[].class)
                .setParameter(1, source.id)
                .getResultStream()
                .map(row -> new Span((Integer) row[0], (Integer) row[1]))
                .toList());
    }

    private Appearance appear(Claim claim, Source source, TextQuote quote, Attribution attribution, Actor speaker) {
        Appearance appearance = Appearance.of(claim, source, quote, attribution, speaker);
        appearance.persist();
        audit.record(AuditAction.CREATE, AuditedType.APPEARANCE, appearance.id, claim.id, null,
                ClaimMapper.toView(appearance));
        return appearance;
    }

    private Actor speaker(SpeakerInput input) {
        if (input == null) {
            return null;
        }
        return input.id() != null ? actors.referenced(input.id()) : actors.findOrCreate(input.name(), input.kind());
    }

    private static boolean sameActor(Actor one, Actor other) {
        return one == null ? other == null : other != null && one.id.equals(other.id);
    }

    private static List<String> normalizedTags(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}

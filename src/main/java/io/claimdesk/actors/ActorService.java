package io.claimdesk.actors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.common.ETags;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Text;
import io.claimdesk.extraction.ActorNames;
import io.claimdesk.sources.SourceUrls;

@ApplicationScoped
@Transactional
public class ActorService {

    /** A name and its acronym in parentheses: "Defence Intelligence of Ukraine (HUR)". */
    private static final Pattern NAME_WITH_ACRONYM = Pattern.compile("(.*\\S)\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,11})\\s*\\)");

    @Inject
    AuditLog audit;

    @Inject
    Event<ActorMerged> merged;

    public ActorView create(NewActor request) {
        List<String> aliases = distinctAliases(request.name(), request.aliases());
        ensureNamesFree(null, request.name(), aliases);
        Actor actor = Actor.named(request.name(), request.kind(), request.description());
        actor.aliases = aliases;
        actor.sameAs = urls(request.sameAs());
        actor.persist();
        // Insert now: a simultaneous request taking the same name is refused here, not at the commit.
        Actor.flush();
        ActorView view = ActorMapper.toView(actor);
        audit.record(AuditAction.CREATE, AuditedType.ACTOR, actor.id, null, null, view);
        return view;
    }

    /** The actor a name given by hand designates (see {@link #findKnown}), created with the given kind when none does. */
    public Actor findOrCreate(String name, ActorKind kind) {
        return findKnown(name).orElseGet(() -> {
            Actor actor = Actor.named(name, kind == null ? ActorKind.PERSON : kind, null);
            actor.persist();
            audit.record(AuditAction.CREATE, AuditedType.ACTOR, actor.id, null, null, ActorMapper.toView(actor));
            return actor;
        });
    }

    @Transactional(SUPPORTS)
    public Optional<Actor> findByName(String name) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = Actor.getEntityManager().createNativeQuery("""
                select id from actor where lower(name) = lower(:name)
                union
                select actor_id from actor_alias where lower(alias) = lower(:name)""")
                .setParameter("name", name.strip())
                .getResultList();
        return ids.stream().findFirst().flatMap(id -> Actor.<Actor> findByIdOptional(id));
    }

    /**
     * The actor a name typed by hand designates: the one with that name or alias; for a name followed by an
     * acronym in parentheses ("Defence Intelligence of Ukraine (HUR)"), the one with the name before it or
     * with the acronym; else one spelled the same up to case, accents, hyphens, spaces and punctuation
     * ("Kim Jong Un" for "Kim Jong-un"), as extraction matches names across articles.
     */
    @Transactional(SUPPORTS)
    public Optional<Actor> findKnown(String name) {
        List<String> spellings = new ArrayList<>(List.of(name.strip()));
        Matcher acronym = NAME_WITH_ACRONYM.matcher(name.strip());
        if (acronym.matches()) {
            spellings.add(acronym.group(1));
            spellings.add(acronym.group(2));
        }
        for (String spelling : spellings) {
            Optional<Actor> found = findByName(spelling);
            if (found.isPresent()) {
                return found;
            }
        }
        for (String spelling : spellings.subList(0, Math.min(2, spellings.size()))) {
            String key = ActorNames.key(spelling);
            Optional<Actor> variant = similarlyNamed(spelling).stream()
                    .filter(actor -> ActorNames.key(actor.name).equals(key)
                            || actor.aliases.stream().anyMatch(alias -> ActorNames.key(alias).equals(key)))
                    .findFirst();
            if (variant.isPresent()) {
                return variant;
            }
        }
        return Optional.empty();
    }

    /** Actors whose name or an alias is spelled much like this name (trigram similarity). */
    @Transactional(SUPPORTS)
    public List<Actor> similarlyNamed(String name) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = Actor.getEntityManager().createNativeQuery("""
                select id from actor where lower(name) % lower(:name)
                union
                select actor_id from actor_alias where lower(alias) % lower(:name)
                limit 20""")
                .setParameter("name", name.strip())
                .getResultList();
        return ids.isEmpty() ? List.of()
                : Actor.list("select distinct a from Actor a left join fetch a.aliases where a.id in ?1", ids);
    }

    /** Creates an actor known from a text: aliases another actor already holds are left out. */
    public Actor createKnown(String name, ActorKind kind, String description, List<String> aliases) {
        Actor actor = Actor.named(name, kind, description);
        actor.persist();
        addKnown(actor, null, aliases);
        audit.record(AuditAction.CREATE, AuditedType.ACTOR, actor.id, null, null, ActorMapper.toView(actor));
        return actor;
    }

    /** Adds what a text tells about an actor: a description where it has none, and new spellings as aliases. */
    public void enrich(Actor actor, String description, List<String> spellings) {
        ActorView before = ActorMapper.toView(actor);
        if (addKnown(actor, description, spellings)) {
            actor.touch();
            Actor.flush();
            audit.record(AuditAction.UPDATE, AuditedType.ACTOR, actor.id, null, before, ActorMapper.toView(actor));
        }
    }

    private boolean addKnown(Actor actor, String description, List<String> spellings) {
        boolean changed = false;
        if (actor.description == null && !Text.isBlank(description)) {
            actor.description = description.strip();
            changed = true;
        }
        List<String> unheld = distinctAliases(actor.name, spellings).stream()
                .filter(spelling -> actor.aliases.stream().noneMatch(alias -> alias.equalsIgnoreCase(spelling)))
                .toList();
        Map<String, UUID> holders = holders(unheld);
        for (String spelling : unheld) {
            if (!holders.containsKey(spelling.toLowerCase(Locale.ROOT))) {
                actor.aliases.add(spelling);
                changed = true;
            }
        }
        return changed;
    }

    /** Folds a duplicate into this actor: its claims follow, its name and aliases become aliases here. */
    public ActorView merge(UUID id, UUID duplicateId) {
        if (id.equals(duplicateId)) {
            throw Problems.badRequest("An actor cannot be merged into itself");
        }
        Actor actor = require(id);
        Actor duplicate = referenced(duplicateId);
        List<String> spellings = new ArrayList<>(duplicate.aliases);
        spellings.add(0, duplicate.name);
        String description = duplicate.description;
        ActorView before = ActorMapper.toView(actor);
        merged.fire(new ActorMerged(duplicate, actor));
        audit.record(AuditAction.DELETE, AuditedType.ACTOR, duplicate.id, null, ActorMapper.toView(duplicate), null);
        duplicate.delete();
        Actor.flush();
        addKnown(actor, description, spellings);
        actor.touch();
        Actor.flush();
        ActorView after = ActorMapper.toView(actor);
        audit.record(AuditAction.UPDATE, AuditedType.ACTOR, actor.id, null, before, after);
        return after;
    }

    @Transactional(SUPPORTS)
    public ActorView get(UUID id) {
        return ActorMapper.toView(require(id));
    }

    @Transactional(SUPPORTS)
    public Actor require(UUID id) {
        return Actor.<Actor> findByIdOptional(id).orElseThrow(() -> Problems.notFound("Actor", id));
    }

    /** The actor a request body refers to: 422 when there is none. */
    @Transactional(SUPPORTS)
    public Actor referenced(UUID id) {
        return Actor.<Actor> findByIdOptional(id)
                .orElseThrow(() -> Problems.unprocessable("Actor " + id + " does not exist"));
    }

    public ActorView update(UUID id, String ifMatch, ActorPatch patch) {
        Actor actor = require(id);
        ETags.require(ifMatch, actor.version);
        String name = patch.name() == null ? actor.name : patch.name().strip();
        List<String> aliases = distinctAliases(name, patch.aliases() == null ? actor.aliases : patch.aliases());
        ensureNamesFree(actor.id, name, aliases);
        ActorView before = ActorMapper.toView(actor);
        actor.name = name;
        if (patch.kind() != null) {
            actor.kind = patch.kind();
        }
        if (patch.description() != null) {
            actor.description = Text.strippedOrNull(patch.description());
        }
        if (!aliases.equals(actor.aliases)) {
            actor.aliases.clear();
            actor.aliases.addAll(aliases);
        }
        if (patch.sameAs() != null) {
            actor.sameAs = urls(patch.sameAs());
        }
        actor.touch();
        Actor.flush();
        ActorView after = ActorMapper.toView(actor);
        audit.record(AuditAction.UPDATE, AuditedType.ACTOR, id, null, before, after);
        return after;
    }

    @Transactional(SUPPORTS)
    public Page<ActorView> list(String q, ActorKind kind, int limit, String cursor) {
        String pattern = Text.isBlank(q) ? null : "%" + likeEscaped(q.strip().toLowerCase(Locale.ROOT)) + "%";
        SqlFilter filter = new SqlFilter()
                .when(kind == null ? null : kind.name(), "a.kind = :kind", "kind")
                .when(pattern, """
                        (lower(a.name) like :pattern escape '\\'
                         or exists (select 1 from actor_alias l where l.actor_id = a.id and lower(l.alias) like :pattern escape '\\'))""",
                        "pattern");
        Keyset.Slice slice = Keyset.page(Actor.getEntityManager(),
                "select a.id, lower(a.name) as sort_key from actor a", filter, Keyset.SortKey.TEXT, false, cursor, limit);
        List<Actor> actors = slice.ids().isEmpty() ? List.of()
                : Actor.list("select distinct a from Actor a left join fetch a.aliases where a.id in ?1", slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), actors, actor -> actor.id).stream().map(ActorMapper::toView).toList(),
                slice.nextCursor());
    }

    /** Names and aliases identify one actor each, whatever their case. */
    private void ensureNamesFree(UUID self, String name, List<String> aliases) {
        List<String> wanted = new ArrayList<>(aliases);
        wanted.add(name);
        Map<String, UUID> holders = holders(wanted);
        for (String candidate : wanted) {
            UUID holder = holders.get(candidate.strip().toLowerCase(Locale.ROOT));
            if (holder != null && !holder.equals(self)) {
                throw Problems.duplicate("The name \"" + candidate.strip() + "\" already belongs to another actor",
                        URI.create("/api/v1/actors/" + holder), holder);
            }
        }
    }

    /** For each of the names held as a name or alias, in lower case, the actor holding it: one statement for all. */
    private static Map<String, UUID> holders(List<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        List<String> lowered = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Actor.getEntityManager().createNativeQuery("""
                select lower(name), id from actor where lower(name) in (:names)
                union
                select lower(alias), actor_id from actor_alias where lower(alias) in (:names)""")
                .setParameter("names", lowered)
                .getResultList();
        Map<String, UUID> holders = new HashMap<>();
        rows.forEach(row -> holders.putIfAbsent((String) row[0], (UUID) row[1]));
        return holders;
    }

    private static List<String> distinctAliases(String name, List<String> aliases) {
        if (aliases == null) {
            return new ArrayList<>();
        }
        Set<String> seen = new LinkedHashSet<>();
        seen.add(name.strip().toLowerCase(Locale.ROOT));
        List<String> distinct = new ArrayList<>();
        for (String alias : aliases) {
            if (seen.add(alias.strip().toLowerCase(Locale.ROOT))) {
                distinct.add(alias.strip());
            }
        }
        return distinct;
    }

    /** Normalized, without repeats: 400 for anything but an absolute http or https URL. */
    private static List<String> urls(List<String> urls) {
        if (urls == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(urls.stream()
                .map(url -> SourceUrls.normalize(url)
                        .orElseThrow(() -> Problems.badRequest("sameAs must hold absolute http or https URLs, not " + url)))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}

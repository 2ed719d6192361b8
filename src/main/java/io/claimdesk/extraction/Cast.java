package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actors of one article and where each is mentioned. Short forms (surname, title and surname, acronym) and
 * pronouns resolve to the full actor by recency: the latest compatible mention before the reference wins.
 * A stage that meets new speakers works on its own {@link #copy()} and hands it on, so that no stage changes the cast
 * another one holds; an actor keeps its {@code id} in every copy.
 */
final class Cast {

    static final class Member {
        /** Place in the cast, the same in every copy of it. */
        final int id;
        final String name;
        final SpeakerKind kind;
        String description;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> familyKeys = new LinkedHashSet<>();
        /** Seen with a title, a role, as a speaker or by surname: likely a person, not a misread capitalized phrase. */
        boolean confirmed;
        /** Gender read from the pronouns that follow the actor's mentions as subject ('f', 'm' or '?'). */
        char pronounGender = '?';
        private String soundKey;

        Member(int id, String name, SpeakerKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        private Member copy() {
            Member copy = new Member(id, name, kind);
            copy.description = description;
            copy.aliases.addAll(aliases);
            copy.familyKeys.addAll(familyKeys);
            copy.confirmed = confirmed;
            copy.pronounGender = pronounGender;
            copy.soundKey = soundKey;
            return copy;
        }

        String soundKey() {
            if (soundKey == null) {
                soundKey = ActorNames.soundKey(name);
            }
            return soundKey;
        }

        SpeakerRef ref() {
            return new SpeakerRef(name, kind, description, List.copyOf(aliases));
        }

        void describe(String role) {
            if (role == null || role.isBlank()) {
                return;
            }
            if (description == null) {
                description = role;
            } else if (!description.toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT))) {
                description = description + ", " + role;
            }
        }
    }

    /** subject: the mention stands before its verb, so a following pronoun most likely continues it. */
    record Mention(int start, int end, Member actor, boolean subject) {
    }

    /** How far back a subject is preferred over a nearer mention of someone else. */
    private static final int SUBJECT_WINDOW = 700;
    /** Separators of title words; hyphens stay inside words ("Vice-Chairman"). */
    private static final String NOT_WORD = "[^\\p{L}\\-]+";

    private final Language language;
    private final List<Member> actors = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Member> byKey = new HashMap<>();

    Cast(Language language) {
        this.language = language;
    }

    /** A cast of the same actors and mentions that can grow without changing this one. */
    Cast copy() {
        Cast copy = new Cast(language);
        for (Member actor : actors) {
            copy.actors.add(actor.copy());
        }
        for (Mention mention : mentions) {
            copy.mentions.add(new Mention(mention.start(), mention.end(), copy.actors.get(mention.actor().id), mention.subject()));
        }
        byKey.forEach((key, actor) -> copy.byKey.put(key, copy.actors.get(actor.id)));
        return copy;
    }

    /** The actor (of this cast or an earlier copy) as this cast knows it: name, kind, description and aliases. */
    SpeakerRef ref(Member actor) {
        return actors.get(actor.id).ref();
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** Registers a full name (several words, or an institution) with its role; returns the actor. */
    Member addFull(Name name, String role, String acronym) {
        return addFull(name, role, acronym, false);
    }

    Member addFull(Name name, String role, String acronym, boolean subject) {
        Member actor = byKey.get(ActorNames.key(name.text()));
        if (actor == null && name.kind() == SpeakerKind.PERSON) {
            actor = variantOf(name.text(), role);
        }
        if (actor == null) {
            actor = new Member(actors.size(), name.text(), name.kind());
            actors.add(actor);
            byKey.put(ActorNames.key(name.text()), actor);
            if (name.kind() == SpeakerKind.PERSON) {
                addFamilyKeys(actor, name.text());
            }
        }
        actor.describe(role);
        actor.confirmed |= role != null && language.hasTitleOrRole(role);
        for (String alias : new String[] {acronym, name.alias()}) {
            if (alias != null) {
                actor.aliases.add(alias);
                byKey.putIfAbsent(ActorNames.key(alias), actor);
            }
        }
        mention(name.start(), name.end(), actor, subject);
        return actor;
    }

    private Member variantOf(String name, String role) {
        String sound = ActorNames.soundKey(name);
        for (Member actor : actors) {
            if (actor.kind == SpeakerKind.PERSON && actor.soundKey().equals(sound)
                    && ActorNames.sameActor(actor.name, actor.description, name, role)) {
                actor.aliases.add(name);
                return actor;
            }
        }
        return null;
    }

    private void addFamilyKeys(Member actor, String name) {
        String[] parts = name.split("\\s+");
        if (parts.length < 2) {
            actor.familyKeys.add(ActorNames.key(name));
            return;
        }
        if (language.familyNameFirst.contains(parts[0].toLowerCase(Locale.ROOT))) {
            actor.familyKeys.add(ActorNames.key(parts[0]));
        }
        String last = parts[parts.length - 1];
        actor.familyKeys.add(ActorNames.key(last));
        if (parts.length > 2 && NameFinder.isParticle(parts[parts.length - 2])) {
            actor.familyKeys.add(ActorNames.key(parts[parts.length - 2] + last));
        }
    }

    /**
     * A one-word reference (surname, acronym, alias), optionally with title words: the actor mentioned most recently
     * before the position whose family name or alias it is, preferring one whose role contains the title.
     */
    Member findShort(String word, String title, int position) {
        String key = ActorNames.key(word);
        Member known = byKey.get(key);
        if (known != null && (known.kind != SpeakerKind.PERSON || known.aliases.contains(word))) {
            return known;
        }
        Member best = null;
        int bestScore = -1;
        // From the end backwards, so that among equal scores the nearest mention before the position wins.
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            Member actor = mention.actor();
            if (!actor.familyKeys.contains(key) || actor.name.indexOf(' ') < 0) {
                continue;
            }
            int score = (mention.start() < position ? 4 : 0) + (actor.confirmed ? 2 : 0)
                    + (title != null && roleMatches(actor, title) ? 8 : 0);
            if (score > bestScore) {
                best = actor;
                bestScore = score;
            }
        }
        return best != null ? best : known;
    }

    /** Every title word ("Deputy Director") stands in the actor's role as a whole word ("Vice-Chairman" is not "Chairman"). */
    private boolean roleMatches(Member actor, String title) {
        for (String word : title.toLowerCase(Locale.ROOT).split(NOT_WORD)) {
            if (language.titles.contains(word) && !hasWord(actor.description, word)) {
                return false;
            }
        }
        return true;
    }

    /** A one-word name with no earlier full form: registered as its own actor. */
    Member addShort(Name name, SpeakerKind kind, String role) {
        return addShort(name, kind, role, false);
    }

    Member addShort(Name name, SpeakerKind kind, String role, boolean subject) {
        Member actor = byKey.get(ActorNames.key(name.text()));
        if (actor == null) {
            actor = new Member(actors.size(), name.text(), kind);
            actors.add(actor);
            byKey.put(ActorNames.key(name.text()), actor);
            if (kind == SpeakerKind.PERSON) {
                actor.familyKeys.add(ActorNames.key(name.text()));
            }
        }
        actor.describe(role);
        mention(name.start(), name.end(), actor, subject);
        return actor;
    }

    /** An unnamed or collective speaker ("a diplomatic source", "Ukrainian authorities"). */
    Member addGroup(String phrase, SpeakerKind kind, int start) {
        String key = ActorNames.key(phrase);
        Member actor = byKey.get(key);
        if (actor == null) {
            actor = new Member(actors.size(), phrase, kind);
            actors.add(actor);
            byKey.put(key, actor);
        }
        mention(start, start + phrase.length(), actor);
        return actor;
    }

    void mention(int start, int end, Member actor) {
        mention(start, end, actor, false);
    }

    void mention(int start, int end, Member actor, boolean subject) {
        int i = mentions.size();
        while (i > 0 && mentions.get(i - 1).start() > start) {
            i--;
        }
        if (i > 0 && mentions.get(i - 1).start() == start) {
            return;
        }
        mentions.add(i, new Mention(start, end, actor, subject));
    }

    /**
     * The person a pronoun at the position refers to: the nearest earlier person of a compatible gender ('f', 'm' or
     * '?' for any), preferring confirmed ones.
     */
    Member nearestPerson(int position, char gender) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.start() < position - SUBJECT_WINDOW) {
                break;
            }
            if (mention.start() < position && mention.subject() && compatible(mention.actor(), gender)) {
                return mention.actor();
            }
        }
        Member fallback = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.start() >= position || !compatible(mention.actor(), gender)) {
                continue;
            }
            if (mention.actor().confirmed) {
                return mention.actor();
            }
            if (fallback == null) {
                fallback = mention.actor();
            }
        }
        return fallback;
    }

    /** Whether a person other than the actor is mentioned as a subject in [from,to). */
    boolean otherSubjectBetween(int from, int to, Member actor) {
        for (Mention mention : mentions) {
            if (mention.start() >= from && mention.start() < to && mention.subject()
                    && mention.actor() != actor && mention.actor().kind == SpeakerKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    boolean compatible(Member actor, char gender) {
        if (actor.kind != SpeakerKind.PERSON) {
            return false;
        }
        char known = gender(actor);
        return gender == '?' || known == '?' || known == gender;
    }

    /**
     * 'f' or 'm' when a title, role or given name tells, else what the pronouns tell; '?' otherwise. Only the head of
     * the description counts: in "a pollster for Mr. Trump" the title is another person's.
     */
    private char gender(Member actor) {
        // Of the name only the given name tells, not a surname that is also one ("Mattie Thomas" is no man).
        String givenName = actor.name.split("[^\\p{L}]+")[0];
        String words = (givenName + " " + (actor.description == null ? "" : actor.description)).toLowerCase(Locale.ROOT);
        boolean first = true;
        for (String word : words.split("[^\\p{L}]+")) {
            if (!first && language.complementOpeners.contains(word)) {
                break;
            }
            first = false;
            if (language.femaleWords.contains(word)) {
                return 'f';
            }
            if (language.maleWords.contains(word)) {
                return 'm';
            }
        }
        return actor.pronounGender;
    }

    /** What "they" or "it" refers to: an institution or group named shortly before the position. */
    Member nearestInstitution(int position, int window) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.start() < position - window) {
                break;
            }
            if (mention.start() < position && mention.actor().kind != SpeakerKind.PERSON) {
                return mention.actor();
            }
        }
        return null;
    }

    /**
     * What "the company" or "the statement" refers to: the actor of one of the kinds named most often before the
     * position, the first named on a tie (news stories name their subject first).
     */
    Member mainInstitution(int position, Set<SpeakerKind> kinds) {
        Map<Member, Integer> counts = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mention.start() < position && kinds.contains(mention.actor().kind)) {
                counts.merge(mention.actor(), 1, Integer::sum);
            }
        }
        Member main = null;
        int most = 0;
        for (Map.Entry<Member, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                main = entry.getKey();
                most = entry.getValue();
            }
        }
        return main;
    }

    /**
     * "the North Korean leader", "the commission": the latest actor before the position whose role or name has the
     * head noun.
     */
    Member byRole(String head, int position) {
        String word = head.toLowerCase(Locale.ROOT);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            Member actor = mention.actor();
            String abbreviation = language.titleAbbreviations.get(word);
            boolean described = hasWord(actor.description, word)
                    || abbreviation != null && hasWord(actor.description, abbreviation);
            if (mention.start() < position && (described || hasWord(actor.name, word))) {
                return actor;
            }
        }
        return null;
    }

    /** Whether the phrase holds the lower-case word whole (letters or hyphens on neither side). */
    private static boolean hasWord(String phrase, String word) {
        if (phrase == null || word.isEmpty()) {
            // An empty word is found at every index, the end included: the search would never end.
            return false;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordChar(lower.charAt(at - 1))) && (end == lower.length() || !isWordChar(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-';
    }
}

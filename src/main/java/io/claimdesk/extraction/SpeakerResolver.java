package io.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words in subject or agent position of an attribution into an actor of the article's cast: a name (full or
 * short), a pronoun, a definite role ("the senator") or an unnamed source or body ("a diplomatic source").
 */
final class SpeakerResolver {

    record Speaker(Cast.Actor actor, double confidence) {
    }

    private static final Pattern TRAILING_ADVERBS = Pattern.compile(
            "(?:\\s+(?:also|again|then|further|later|previously|recently|once|has|had|have|would|will|just|even|"
                    + "repeatedly|reportedly|immediately|openly|publicly|never|often|first|finally|quickly|simply|"
                    + "already|once again|went on to|who|which|famously|angrily|bluntly|flatly|firmly|quietly|loudly|"
                    + "proudly|sharply|strongly|sternly|calmly|curtly|tersely|frankly|candidly|privately|jokingly|"
                    + "emphatically|confidently|cautiously|defiantly|tearfully|softly|wryly|dryly|bitterly|"
                    + "plainly|casually|abruptly|separately|subsequently|initially|ultimately|originally))+\\s*$");
    /** What may stand between a name and its verb: a parenthesis (party, acronym) and an appositive. */
    private static final Pattern NAME_TO_VERB = Pattern.compile(
            "^\\s*(?:\\([^()]{1,40}\\))?\\s*(?:,(?<appositive>[^“”\"]{2,220}?),)?\\s*$");
    /** The name is itself the appositive of a role: "The bank's spokeswoman, Hope Hillard, said". */
    private static final Pattern APPOSITIVE_NAME_TO_VERB = Pattern.compile("^\\s*(?:\\([^()]{1,40}\\))?\\s*,\\s*$");
    /** What opens that appositive: a comma, then perhaps lower-case role words ("…'s niece, state Del. Price,"). */
    private static final Pattern APPOSITIVE_OPENING = Pattern.compile(",(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){0,3}\\s*$");
    private static final Pattern PRONOUN_AT_END = Pattern.compile("(?i)(?:^|[\\s,;:(—–])(he|she|they|it|i|we)\\s*$");
    private static final Pattern PRONOUN_AT_START = Pattern.compile("^(he|she|they|it|I|we)\\b");
    private static final Pattern WORDS_AT_END = Pattern.compile(
            "(?:^|[,;:()“”\"—–]|\\b(?i:that|and|but|when|while|as|because|if|since|after|before|although|though|where|so"
                    + "|which|who)\\b)"
                    + "\\s*((?:[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-.]*\\s+){0,7}[\\p{L}’'\\-]+)\\s*$");
    private static final Pattern PHRASE_AT_START = Pattern.compile(
            "^\\s*((?:[\\p{L}\\p{N}’'\\-.]+\\s+){0,7}?[\\p{L}’'\\-]+)\\s*(?=[,.;:()]|$|\\s(?:in|on|at|during|who|which|that|of)\\b)");
    /**
     * Lower-case role words between an inverted verb and the name ("said 9/11 widow Ana Ruiz"), or the document the
     * words come from ("according to a statement from the ministry").
     */
    private static final Pattern MODIFIERS = Pattern.compile(
            "\\s*(?:(?:a|an|the)\\s+(?:statement|release|report|letter|memo|filing|email|post)\\s+(?:from|by|of)\\s+"
                    + "(?:the\\s+)?|(?:(?!(?:in|on|at|to|that|by|with|from|during|after|before|of|for|and|but)\\b)"
                    + "[\\p{Ll}\\p{N}/\\-]+\\s+){0,4})");
    /**
     * A role, then the name as its appositive: "said one voter, Mary Jones, 54", "said the EU's envoy, Ada Lind",
     * "said Lind's spokesman, Tom Ward".
     */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
            "\\s*(?:(?:a|an|one|another|the)\\s+|(?=\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*)*[’']s\\s))"
                    + "(?:[\\p{L}’'\\-]+\\s+){0,4}\\p{Ll}[\\p{Ll}\\-]*,\\s*(?:the\\s+)?");
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Set<String> ANONYMOUS_HEADS = Set.of(
            "source", "sources", "insider", "insiders", "person", "someone", "official", "diplomat", "spokesperson",
            "spokesman", "spokeswoman", "aide", "witness", "resident", "observer", "analyst", "expert", "staffer",
            "member", "adviser", "advisor", "officer", "employee", "lawmaker", "researcher", "voter", "friend",
            "neighbor", "neighbour", "relative", "colleague", "supporter", "protester", "attendee", "bystander",
            "survivor", "veteran", "student", "teacher", "parent", "worker", "volunteer", "customer", "passenger");
    private static final Set<String> GOVERNMENT_GROUP_HEADS = Set.of(
            "authorities", "government", "ministry", "administration", "police", "military", "army", "officials",
            "prosecutors", "regime", "kremlin", "department", "agency", "bureau", "commission", "court");
    private static final Pattern COMMON_WORD_FORM = Pattern.compile("\\p{L}+(?:ing|ed|ly|tions?|ments?|ness|ity|ies)");
    /** "After campaign aides", "But a … official", "which state news media": the clause word is not the speaker. */
    private static final Pattern LEADING_SUBORDINATOR = Pattern.compile(
            "^(?i:(?:after|but|and|while|which|who|as|when|because|if|since|although|though|so|that|before)\\s+)+");
    /** ", speaking on condition of anonymity," before the verb; a number's thousands separator is no comma here. */
    private static final Pattern ASIDE_AT_END = Pattern.compile(",(?:[^,“”\"]|(?<=\\d),(?=\\d)){3,80},\\s*$");
    private static final Set<String> INSTITUTION_REFERENCES = Set.of("company", "firm", "group", "statement",
            "release", "organization", "organisation", "agency", "ministry", "department", "outlet", "newspaper",
            "paper", "network", "campaign", "party", "bank", "union", "institute", "foundation", "government");
    private static final Set<String> COMPLEMENT = Set.of("for", "of", "at", "with", "from", "in", "to");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "several", "two",
            "three", "many", "other");

    /** How far a speaker carries over to a following pronoun. */
    private static final int SPEAKER_WINDOW = 400;
    /** How far back "they" or "it" looks for the institution it stands for. */
    private static final int INSTITUTION_WINDOW = 250;

    private final String text;
    private final Cast cast;
    private final NameFinder names;
    private Cast.Actor lastSpeaker;
    private int lastSpeakerAt;

    SpeakerResolver(String text, Cast cast, NameFinder names) {
        this.text = text;
        this.cast = cast;
        this.names = names;
    }

    /** The subject of a verb: the words in text[from,to) that end right before it (appositive allowed). */
    Speaker subjectBefore(int from, int to) {
        String before = text.substring(from, to);
        Matcher adverbs = TRAILING_ADVERBS.matcher(before);
        int end = adverbs.find() ? from + adverbs.start() : to;
        String trimmed = text.substring(from, end);
        Matcher pronoun = PRONOUN_AT_END.matcher(trimmed);
        if (pronoun.find()) {
            return pronoun(pronoun.group(1), from + pronoun.start(1));
        }
        List<Name> found = names.find(text, from, end);
        for (int i = found.size() - 1; i >= 0; i--) {
            Name name = found.get(i);
            if (!name.isActor()) {
                continue;
            }
            String between = text.substring(name.end(), end);
            Matcher gap = NAME_TO_VERB.matcher(between);
            boolean appositiveName = name.kind() == SpeakerKind.PERSON && APPOSITIVE_NAME_TO_VERB.matcher(between).matches()
                    && APPOSITIVE_OPENING.matcher(text.substring(from, titleStart(name))).find();
            if (gap.matches() && (gap.group("appositive") == null || !Cues.containsCue(gap.group("appositive")))
                    || appositiveName) {
                Speaker speaker = named(name);
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        Matcher phrase = WORDS_AT_END.matcher(trimmed);
        if (phrase.find()) {
            Speaker country = countryAsSubject(from + phrase.start(1), from + phrase.end(1));
            return country != null ? country : phrase(phrase.group(1), from + phrase.start(1));
        }
        Matcher aside = ASIDE_AT_END.matcher(trimmed);
        if (aside.find() && aside.start() > 0 && !Cues.containsCue(aside.group())) {
            // "A former board member, speaking on condition of anonymity, said": skip the aside.
            return subjectBefore(from, from + aside.start());
        }
        return null;
    }

    /**
     * A country or capital as the whole subject of a sentence ("South Korea believes …", "Moscow warned …"):
     * its government speaks.
     */
    private Speaker countryAsSubject(int from, int to) {
        String subject = text.substring(from, to).strip();
        String[] words = subject.split("\\s+");
        if (subject.isEmpty() || words.length > 3) {
            return null;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) || !Lexicon.PLACE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return new Speaker(cast.addGroup(subject, SpeakerKind.GOVERNMENT, from + text.substring(from, to).indexOf(subject)), 0.6);
    }

    /** The agent after an inverted verb ("said Lind", "said a senior official"), starting at from. */
    Speaker agentAt(int from, int to) {
        String after = text.substring(from, to);
        Matcher pronoun = PRONOUN_AT_START.matcher(after);
        if (pronoun.find()) {
            return pronoun(pronoun.group(1), from);
        }
        List<Name> found = names.find(text, from, to);
        for (Name name : found) {
            // "said the commission's president, Ada Lind": the name standing as appositive of the role speaks.
            Speaker speaker = name.kind() == SpeakerKind.PERSON
                    && ROLE_BEFORE_NAME.matcher(text).region(from, Math.max(from, titleStart(name))).matches() ? named(name) : null;
            if (speaker != null) {
                return speaker;
            }
        }
        if (!found.isEmpty() && found.get(0).isActor()
                && MODIFIERS.matcher(text).region(from, Math.max(from, titleStart(found.get(0)))).matches()) {
            Speaker speaker = named(found.get(0));
            if (speaker != null) {
                return speaker;
            }
        }
        Matcher phrase = PHRASE_AT_START.matcher(after);
        if (phrase.find()) {
            return phrase(phrase.group(1), from + phrase.start(1));
        }
        return null;
    }

    /** Where the name starts with the title words written before it ("Del. Marcia Price"). */
    private static int titleStart(Name name) {
        return name.title() == null ? name.start() : name.start() - name.title().length() - 1;
    }

    /** The actor a name stands for, taken as speaker: a person named so is known to be one. */
    private Speaker named(Name name) {
        Cast.Actor actor = actorOf(name);
        if (actor == null) {
            return null;
        }
        actor.confirmed |= name.kind() == SpeakerKind.PERSON;
        return new Speaker(actor, 0.9);
    }

    /** Records who was just quoted: a following "he said" most likely goes on with the same speaker. */
    void spoke(Cast.Actor actor, int at) {
        lastSpeaker = actor;
        lastSpeakerAt = at;
    }

    Speaker pronoun(String word, int position) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Lexicon.PERSONAL_PRONOUNS.contains(lower)) {
            Cast.Actor institution = cast.nearestInstitution(position, INSTITUTION_WINDOW);
            return institution == null ? null : new Speaker(institution, 0.8);
        }
        char gender = gender(lower);
        boolean sameSpeaker = lastSpeaker != null && lastSpeakerAt < position
                && position - lastSpeakerAt <= SPEAKER_WINDOW && Cast.compatible(lastSpeaker, gender)
                && !cast.otherSubjectBetween(lastSpeakerAt, position, lastSpeaker);
        Cast.Actor actor = sameSpeaker ? lastSpeaker : cast.nearestPerson(position, gender);
        return actor == null ? null : new Speaker(actor, 0.8);
    }

    private static char gender(String pronoun) {
        return switch (pronoun) {
            case "he", "him" -> 'm';
            case "she", "her" -> 'f';
            default -> '?';
        };
    }

    /**
     * The person in text[from,to) that a participle or a subjectless cue hangs on: the first person named or referred
     * to by pronoun, which is the subject of the clause in the usual order.
     */
    Speaker firstPerson(int from, int to) {
        Matcher pronoun = PERSONAL_PRONOUN.matcher(text).region(from, to);
        int pronounAt = pronoun.find() ? pronoun.start() : to;
        for (Name name : names.find(text, from, to)) {
            if (name.kind() == SpeakerKind.PERSON && name.start() < pronounAt) {
                Cast.Actor actor = actorOf(name);
                if (actor != null) {
                    return new Speaker(actor, 0.55);
                }
            }
        }
        if (pronounAt < to) {
            Speaker speaker = pronoun(pronoun.group(), pronounAt);
            return speaker == null ? null : new Speaker(speaker.actor(), 0.55);
        }
        return null;
    }

    /** The nearest person mentioned before the position, whatever the gender. */
    Speaker previousPerson(int position) {
        Cast.Actor actor = cast.nearestPerson(position, '?');
        return actor == null ? null : new Speaker(actor, 0.5);
    }

    /** The cast member a name found in the text stands for, registering it when new. */
    Cast.Actor actorOf(Name name) {
        if (name.kind() == SpeakerKind.PERSON && name.singleWord() || NameFinder.isAcronym(name.text())) {
            Cast.Actor actor = cast.findShort(name.text(), name.title(), name.start());
            if (actor != null) {
                cast.mention(name.start(), name.end(), actor);
                return actor;
            }
            String lower = name.text().toLowerCase(Locale.ROOT);
            if (Lexicon.GROUP_NOUNS.contains(lower)) {
                // "Democrats said": a party or group named by its members.
                return cast.addShort(name, SpeakerKind.ORGANIZATION, null);
            }
            if (name.title() == null && COMMON_WORD_FORM.matcher(lower).matches()) {
                // "Following …", "Investigations …": a capitalized common word, not a surname.
                return null;
            }
            SpeakerKind kind = Lexicon.PLACE_WORDS.contains(lower) ? SpeakerKind.GOVERNMENT : name.kind();
            return cast.addShort(name, kind, name.title());
        }
        return cast.addFull(name, name.title(), null);
    }

    /** A phrase without a name: a definite role refers back; an indefinite or plural one is an unnamed speaker. */
    private Speaker phrase(String written, int start) {
        String phrase = LEADING_SUBORDINATOR.matcher(written.trim()).replaceFirst("");
        if (phrase.isEmpty()) {
            return null;
        }
        String[] words = phrase.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        // The head noun stands before a complement: "a spokesman for the regional water authority".
        int headAt = words.length - 1;
        for (int i = 1; i < words.length - 1; i++) {
            if (COMPLEMENT.contains(words[i].toLowerCase(Locale.ROOT))) {
                headAt = i - 1;
                break;
            }
        }
        String head = words[headAt].toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "");
        if (words.length > 8) {
            return null;
        }
        boolean definite = (first.equals("the") || first.equals("this")) && words.length >= 2;
        if (definite && INSTITUTION_REFERENCES.contains(head)) {
            // "the company said", "the statement said": the institution last named.
            Cast.Actor institution = cast.mainInstitution(start);
            if (institution != null) {
                return new Speaker(institution, 0.6);
            }
        }
        if (definite) {
            Cast.Actor actor = cast.byRole(head, start);
            if (actor != null) {
                return new Speaker(actor, 0.7);
            }
            if (Lexicon.isRoleNoun(head)) {
                // An unnamed person known by role only ("the announcer").
                return new Speaker(cast.addGroup(phrase.trim(), SpeakerKind.ANONYMOUS, start), 0.6);
            }
        }
        SpeakerKind kind;
        if (GOVERNMENT_GROUP_HEADS.contains(head) && !INDEFINITE.contains(first)) {
            kind = SpeakerKind.GOVERNMENT;
        } else if (ANONYMOUS_HEADS.contains(head) || head.equals("sources")
                || INDEFINITE.contains(first) && Lexicon.isRoleNoun(head)) {
            kind = SpeakerKind.ANONYMOUS;
        } else if (Lexicon.GROUP_NOUNS.contains(head) || head.endsWith("s") && Lexicon.isRoleNoun(head.substring(0, head.length() - 1))
                || definite && INSTITUTION_REFERENCES.contains(head)) {
            // The last also covers a body the story describes without naming it ("the state teachers union").
            kind = SpeakerKind.ORGANIZATION;
        } else {
            return null;
        }
        return new Speaker(cast.addGroup(phrase.trim(), kind, start), 0.8);
    }
}

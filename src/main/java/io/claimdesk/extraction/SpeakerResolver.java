package io.claimdesk.extraction;

import java.util.EnumSet;
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

    record Speaker(Cast.Member actor, double confidence) {
    }

    /** The speaker of the quotation attributed last and where it closed: a following "he said" most likely goes on with them. */
    record LastQuoted(Cast.Member actor, int at) {
    }

    /** What may stand between a name and its verb: a parenthesis (party, acronym) and an appositive. */
    private static final Pattern NAME_TO_VERB = Pattern.compile(
            "^\\s*(?:\\([^()]{1,40}\\))?\\s*(?:,(?<appositive>[^“”\"]{2,220}?),)?\\s*$");
    /** The name is itself the appositive of a role: "The bank's spokeswoman, Hope Hillard, said". */
    private static final Pattern APPOSITIVE_NAME_TO_VERB = Pattern.compile("^\\s*(?:\\([^()]{1,40}\\))?\\s*,\\s*$");
    /** What opens that appositive: a comma, then perhaps lower-case role words ("…'s niece, state Del. Price,"). */
    private static final Pattern APPOSITIVE_OPENING = Pattern.compile(",(?:\\s+\\p{Ll}[\\p{Ll}\\-]*){0,3}\\s*$");
    /** ", speaking on condition of anonymity," before the verb; a number's thousands separator is no comma here. */
    private static final Pattern ASIDE_AT_END = Pattern.compile(",(?:[^,“”\"]|(?<=\\d),(?=\\d)){3,80},\\s*$");
    /** The word in lower case right after a name. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{Ll}\\-]*)\\b");
    /** A possessive ending standing alone ("the ’s"), its word lost. */
    private static final Pattern POSSESSIVE_ENDING = Pattern.compile("[’']s?");

    private static final int DESCRIBED_WORDS = 12;

    /** How far a speaker carries over to a following pronoun. */
    private static final int SPEAKER_WINDOW = 400;
    /** How far back "they" or "it" looks for the institution it stands for. */
    private static final int INSTITUTION_WINDOW = 250;
    /** What "the company" or "the statement" may refer to, and what "the newspaper" may. */
    private static final Set<SpeakerKind> INSTITUTIONS = EnumSet.of(SpeakerKind.ORGANIZATION, SpeakerKind.GOVERNMENT);
    private static final Set<SpeakerKind> MEDIA = EnumSet.of(SpeakerKind.MEDIA);

    private final String text;
    private final Cast cast;
    private final NameFinder names;
    private final Language language;
    private final Pattern trailingAdverbs;
    private final Pattern pronounAtEnd;
    private final Pattern dayAtEnd;
    private final Pattern shareOfGroup;
    private final Pattern pronounAtStart;
    private final Pattern wordsAtEnd;
    private final Pattern phraseAtStart;
    private final Pattern modifiers;
    private final Pattern roleBeforeName;
    private final Pattern roleOfAnotherBeforeName;
    private final Pattern personalPronoun;
    private final Pattern commonWordForm;
    private final Pattern leadingSubordinator;
    private final Pattern placePreposition;
    private final Pattern placeRegion;
    private final Pattern placeAfterName;
    private final Pattern nameModifiedGroup;
    private final Pattern asideObject;
    private final Pattern openingClause;
    private final Pattern participleOpening;
    private final Pattern possessorOfNoUtterance;
    private final Pattern relativeAside;
    private final Pattern roleOfBody;
    private final Pattern adverb;

    SpeakerResolver(String text, Cast cast, NameFinder names, Language language) {
        this.text = text;
        this.cast = cast;
        this.names = names;
        this.language = language;
        this.trailingAdverbs = language.pattern("trailing-adverbs");
        this.pronounAtEnd = language.pattern("pronoun-at-end");
        this.dayAtEnd = language.pattern("day-at-end");
        this.shareOfGroup = language.pattern("share-of-group");
        this.pronounAtStart = language.pattern("pronoun-at-start");
        this.wordsAtEnd = language.pattern("words-at-end");
        this.phraseAtStart = language.pattern("phrase-at-start");
        this.modifiers = language.pattern("agent-modifiers");
        this.roleBeforeName = language.pattern("role-before-name");
        this.roleOfAnotherBeforeName = language.pattern("role-of-another-before-name");
        this.personalPronoun = language.pattern("personal-pronoun");
        this.commonWordForm = language.pattern("common-word-form");
        this.leadingSubordinator = language.pattern("leading-subordinator");
        this.placePreposition = language.pattern("place-preposition");
        this.placeRegion = language.pattern("place-region");
        this.placeAfterName = language.pattern("place-after-name");
        this.nameModifiedGroup = language.pattern("name-modified-group");
        this.asideObject = language.pattern("aside-object");
        this.openingClause = language.pattern("opening-clause");
        this.participleOpening = language.pattern("participle-opening");
        this.possessorOfNoUtterance = language.pattern("possessor-of-no-utterance");
        this.relativeAside = language.pattern("relative-aside");
        this.roleOfBody = language.pattern("role-of-body");
        this.adverb = language.pattern("adverb");
    }

    /** A resolver of the layout's speakers that registers new ones in a copy of the cast, leaving the cast given as it is. */
    static SpeakerResolver onCopyOf(Cast cast, TextLayout layout, NameFinder names) {
        return new SpeakerResolver(layout.text(), cast.copy(), names, layout.language());
    }

    /** The cast with the speakers met so far. */
    Cast cast() {
        return cast;
    }

    /** The subject of a verb: the words in text[from,to) that end right before it (appositive allowed). */
    Speaker subjectBefore(int from, int to) {
        return subjectBefore(from, to, null);
    }

    /** The subject of a verb, a pronoun perhaps going on with the speaker quoted last (null when there is none). */
    Speaker subjectBefore(int from, int to, LastQuoted lastQuoted) {
        String before = text.substring(from, to);
        Matcher adverbs = trailingAdverbs.matcher(before);
        int end = adverbs.find() ? from + adverbs.start() : to;
        String trimmed = text.substring(from, end);
        Matcher pronoun = pronounAtEnd.matcher(trimmed);
        if (pronoun.find()) {
            // "Asked about her vote if Clinton runs, she replied": whom the opening participle clause names is not
            // who it hangs on.
            boolean participleClause = participleOpening.matcher(trimmed.substring(0, pronoun.start(1))).matches();
            return pronoun(pronoun.group(1), participleClause ? from : from + pronoun.start(1), lastQuoted);
        }
        List<Name> found = names.find(text, from, end);
        for (int i = found.size() - 1; i >= 0; i--) {
            Name name = found.get(i);
            if (!name.isActor()) {
                continue;
            }
            String beforeName = text.substring(from, Math.max(from, titleStart(name)));
            if (placeOfAppositive(beforeName, name)) {
                continue;
            }
            String between = text.substring(name.end(), end);
            if (between.strip().equals(",") && asideObject.matcher(beforeName).find()) {
                // "Fiorina, speaking to Iowans, said": whom the subject spoke to.
                continue;
            }
            Matcher gap = NAME_TO_VERB.matcher(between);
            boolean appositiveName = name.kind() == SpeakerKind.PERSON && APPOSITIVE_NAME_TO_VERB.matcher(between).matches()
                    && APPOSITIVE_OPENING.matcher(beforeName).find();
            if (gap.matches() && (gap.group("appositive") == null || !language.containsCue(gap.group("appositive")))
                    || appositiveName) {
                Name person = i > 0 && name.kind() != SpeakerKind.PERSON ? personWithRoleAt(found.get(i - 1), name) : null;
                Speaker speaker = named(person != null ? person : name);
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        Matcher phrase = wordsAtEnd.matcher(trimmed);
        if (phrase.find()) {
            Speaker country = countryAsSubject(from + phrase.start(1), from + phrase.end(1));
            return country != null ? country : phrase(phrase.group(1), from + phrase.start(1));
        }
        Matcher aside = ASIDE_AT_END.matcher(trimmed);
        if (aside.find() && aside.start() > 0 && (!language.containsCue(aside.group())
                || relativeAside.matcher(aside.group()).lookingAt())) {
            // "A former board member, speaking on condition of anonymity, said": skip the aside, and a relative clause
            // even when it holds a verb of saying ("A Warren adviser, who spoke on condition of anonymity, said").
            return subjectBefore(from, from + aside.start(), lastQuoted);
        }
        return null;
    }

    /**
     * The person whose role the body belongs to when the comma closing the role is missing ("Sam Lau, the
     * communications director for the Iowa Democratic Party said"), else null.
     */
    private Name personWithRoleAt(Name before, Name body) {
        if (before.kind() != SpeakerKind.PERSON) {
            return null;
        }
        Matcher role = roleOfBody.matcher(text).region(before.end(), titleStart(body));
        return role.matches() && language.hasTitleOrRole(role.group("role")) ? before : null;
    }

    /**
     * What a relative word right after text[from,to) stands for: the name that ends there, perhaps with its
     * parenthesis or its place ("Sen. Rob Portman, who said", "Gov. Hal Brenner of Ohio, who argued"), whatever its
     * place in the sentence; null when no name ends there.
     */
    Speaker antecedentBefore(int from, int to) {
        List<Name> found = names.find(text, from, to);
        for (int i = found.size() - 1; i >= 0; i--) {
            Name name = found.get(i);
            if (!name.isActor()) {
                continue;
            }
            String between = text.substring(name.end(), to);
            if (APPOSITIVE_NAME_TO_VERB.matcher(between).matches() || between.isBlank()
                    || placeAfterName.matcher(between).matches()) {
                return named(name);
            }
            return null;
        }
        return null;
    }

    /**
     * A person's name read where a place stands ("from Sumter", "of Columbia, South Carolina"), given the words before
     * the name and its title: the place of an appositive, which speaks for nobody.
     */
    private boolean placeOfAppositive(String before, Name name) {
        if (name.kind() == SpeakerKind.PERSON && placePreposition.matcher(before).find()) {
            return true;
        }
        for (String word : name.text().split("\\s+")) {
            if (!language.placeWords.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return placeRegion.matcher(before).find();
    }

    /**
     * A country or capital as the whole subject of a sentence ("South Korea believes …", "Moscow warned …"):
     * its government speaks, unless the word is the surname of a person the article named ("Mark Cuban … Cuban said").
     */
    private Speaker countryAsSubject(int from, int to) {
        String subject = text.substring(from, to).strip();
        String[] words = subject.split("\\s+");
        if (subject.isEmpty() || words.length > 3) {
            return null;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) || !language.placeWords.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        int at = from + text.substring(from, to).indexOf(subject);
        Speaker person = words.length == 1 ? personBySurname(subject, at) : null;
        return person != null ? person : new Speaker(cast.addGroup(subject, SpeakerKind.GOVERNMENT, at), 0.6);
    }

    /** The person the article named with this word as surname, when there is one. */
    private Speaker personBySurname(String word, int at) {
        Cast.Member person = cast.findShort(word, null, at);
        if (person == null || person.kind != SpeakerKind.PERSON) {
            return null;
        }
        cast.mention(at, at + word.length(), person);
        return new Speaker(person, 0.9);
    }

    /**
     * A source the rules do not resolve, named as written: a group or a person known by description only ("those
     * surveyed", "exit polls taken in Iowa"), without the day it spoke ("on Wednesday") or a verb of saying before it
     * ("said one former staffer"). Pronouns (also with a verb contracted onto them), relative words, bare determiners
     * and lone adverbs name nobody, nor does where or when something was said ("in a Friday release"), nor a phrase
     * that is a clause ("there is …", "the department had spent months") or was cut short ("the vast majority of").
     */
    Speaker describedAs(int from, int to) {
        String phrase = text.substring(from, to).strip().replaceAll("[,.;:]+$", "");
        Matcher day = dayAtEnd.matcher(phrase);
        if (day.find()) {
            phrase = phrase.substring(0, day.start());
        }
        Matcher cue = language.cueVerb.matcher(phrase);
        if (cue.lookingAt() && cue.end() < phrase.length()) {
            // "said one former campaign staffer": the agent after its verb.
            from += text.substring(from, to).indexOf(phrase) + cue.end();
            phrase = phrase.substring(cue.end()).strip();
        }
        String[] words = phrase.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1];
        if (phrase.isEmpty() || words.length > DESCRIBED_WORDS
                || !Character.isLetter(phrase.charAt(0)) && !shareOfGroup.matcher(phrase).lookingAt()
                || language.notDescriptions.contains(phrase.toLowerCase(Locale.ROOT)) || fragment(first, last)
                || words.length == 1 && adverb.matcher(phrase).matches() || clause(words)
                || POSSESSIVE_ENDING.matcher(last).matches()) {
            return null;
        }
        SpeakerKind kind = language.indefiniteDeterminers.contains(first) && !last.endsWith("s")
                ? SpeakerKind.ANONYMOUS : SpeakerKind.ORGANIZATION;
        return new Speaker(cast.addGroup(phrase, kind, from), 0.5);
    }

    /**
     * Whether a phrase with this first word (in lower case) and last word is no noun phrase: it opens with a pronoun
     * and a contracted verb, where or when something was said, a clause, a verb or an adverb ("would probably
     * recognize", "once again"), or stops at a preposition, an article or a verb ("the voters of Iowa finally had their").
     */
    private boolean fragment(String first, String last) {
        return language.isContractedPronoun(first) || language.adjunctOpenings.contains(first)
                || language.notDescriptionOpenings.contains(first) || cutShort(last);
    }

    /**
     * Whether the words hold a finite verb in lower case outside a relative clause: "the department had spent months"
     * is a clause, "voters who are undecided" and "Yin Myint May" are no clauses.
     */
    private boolean clause(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (Character.isLowerCase(words[i].charAt(0)) && language.finiteMarkers.contains(words[i])
                    && !language.relativeWords.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase ending with this word stops at a preposition, an article or a verb ("the vast majority of"). */
    private boolean cutShort(String last) {
        return language.danglingWords.contains(last.toLowerCase(Locale.ROOT));
    }

    /** Whether text[from,to) is a person's name and nothing else but its title ("Anthony Anton", "Sen. Ola Brandt"). */
    boolean isPersonsName(int from, int to) {
        String written = text.substring(from, to).strip();
        List<Name> found = names.find(text, from, to);
        return found.size() == 1 && found.get(0).kind() == SpeakerKind.PERSON
                && text.substring(titleStart(found.get(0)), found.get(0).end()).equals(written);
    }

    /** Whether a one-word name stands for an actor the article has met: one of that name, or one of that surname. */
    boolean knowsName(String word, int position) {
        return cast.findShort(word, null, position) != null;
    }

    /** The agent after an inverted verb ("said Lind", "said a senior official"), starting at from. */
    Speaker agentAt(int from, int to) {
        return agentAt(from, to, null);
    }

    /**
     * The subject of a verb, or where no rule resolves it, the words as written when they describe a source the
     * article names no further ("Rubio's campaign said"); null when they do neither.
     */
    Speaker subjectOrDescribed(int from, int to, LastQuoted lastQuoted) {
        Speaker subject = subjectBefore(from, to, lastQuoted);
        return subject != null ? subject : describedAs(from, to);
    }

    /** The agent after an inverted verb, or the words as written when no rule resolves them ("said one woman"). */
    Speaker agentOrDescribed(int from, int to, LastQuoted lastQuoted) {
        Speaker agent = agentAt(from, to, lastQuoted);
        return agent != null ? agent : describedAs(from, to);
    }

    /** The agent after an inverted verb, a pronoun perhaps going on with the speaker quoted last (null when none). */
    Speaker agentAt(int from, int to, LastQuoted lastQuoted) {
        String after = text.substring(from, to);
        Matcher pronoun = pronounAtStart.matcher(after);
        if (pronoun.find()) {
            return pronoun(pronoun.group(1), from, lastQuoted);
        }
        List<Name> found = names.find(text, from, to);
        if (!found.isEmpty() && modifiesNoun(found.get(0), to)) {
            // "said a Cruz campaign volunteer": whom the name qualifies speaks, not the one named.
            found = found.subList(1, found.size());
        }
        for (Name name : found) {
            // "said the commission's president, Ada Lind": the name standing as appositive of the role speaks.
            int nameStart = Math.max(from, titleStart(name));
            Speaker speaker = name.kind() == SpeakerKind.PERSON
                    && (roleBeforeName.matcher(text).region(from, nameStart).matches()
                    || roleOfAnotherBeforeName.matcher(text).region(from, nameStart).matches()) ? named(name) : null;
            if (speaker != null) {
                return speaker;
            }
        }
        if (!found.isEmpty() && found.get(0).isActor()
                && modifiers.matcher(text).region(from, Math.max(from, titleStart(found.get(0)))).matches()) {
            Speaker speaker = named(found.get(0));
            if (speaker != null) {
                return speaker;
            }
        }
        Matcher phrase = phraseAtStart.matcher(after);
        if (phrase.find()) {
            String agent = phrase.group(1);
            // "said Cuban": a place word standing alone is the surname of a person the article named, if it has one.
            Speaker person = language.placeWords.contains(agent.toLowerCase(Locale.ROOT))
                    ? personBySurname(agent, from + phrase.start(1)) : null;
            return person != null ? person : phrase(agent, from + phrase.start(1));
        }
        return null;
    }

    /** Whether the name qualifies the noun after it ("a Cruz campaign volunteer", "Cruz supporters"). */
    private boolean modifiesNoun(Name name, int to) {
        Matcher next = NEXT_WORD.matcher(text).region(name.end(), to);
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return language.organizationHeads.contains(word) || language.isRoleNoun(word) || language.isRoleNoun(singular)
                || language.anonymousHeads.contains(singular);
    }

    /** Where the name starts with the title words written before it ("Del. Marcia Price"). */
    private static int titleStart(Name name) {
        return name.title() == null ? name.start() : name.start() - name.title().length() - 1;
    }

    /** The actor a name stands for, taken as speaker: a person named so is known to be one. */
    private Speaker named(Name name) {
        Cast.Member actor = actorOf(name);
        if (actor == null) {
            return null;
        }
        actor.confirmed |= name.kind() == SpeakerKind.PERSON;
        return new Speaker(actor, 0.9);
    }

    private Speaker pronoun(String word, int position, LastQuoted lastQuoted) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!language.personalPronouns.contains(lower)) {
            Cast.Member institution = cast.nearestInstitution(position, INSTITUTION_WINDOW);
            return institution == null ? null : new Speaker(institution, 0.8);
        }
        char gender = gender(lower);
        boolean sameSpeaker = lastQuoted != null && lastQuoted.at() < position
                && position - lastQuoted.at() <= SPEAKER_WINDOW && cast.compatible(lastQuoted.actor(), gender)
                && !cast.otherSubjectBetween(lastQuoted.at(), position, lastQuoted.actor());
        Cast.Member actor = sameSpeaker ? lastQuoted.actor() : cast.nearestPerson(position, gender);
        return actor == null ? null : new Speaker(actor, 0.8);
    }

    private char gender(String pronoun) {
        if (language.femalePronouns.contains(pronoun)) {
            return 'f';
        }
        return language.malePronouns.contains(pronoun) ? 'm' : '?';
    }

    /**
     * The person in text[from,to) that a participle or a subjectless cue hangs on: the first person named or referred
     * to by pronoun, which is the subject of the clause in the usual order.
     */
    Speaker firstPerson(int from, int to, LastQuoted lastQuoted) {
        // "When Wallace died in 1998, President Clinton released the following statement:": the clause the sentence
        // opens with has a subject of its own.
        Matcher clause = openingClause.matcher(text).region(from, to);
        if (clause.lookingAt()) {
            Speaker main = firstPersonFrom(clause.end(), to, lastQuoted);
            if (main != null) {
                return main;
            }
        }
        return firstPersonFrom(from, to, lastQuoted);
    }

    private Speaker firstPersonFrom(int from, int to, LastQuoted lastQuoted) {
        Matcher pronoun = personalPronoun.matcher(text).region(from, to);
        int pronounAt = pronoun.find() ? pronoun.start() : to;
        for (Name name : names.find(text, from, to)) {
            // A lone capitalized word the article has not met is as likely an interjection ("Wait, it gets better:").
            boolean unknownWord = name.singleWord() && name.title() == null && !knowsName(name.text(), name.start());
            // "Trump’s proposal", "Clinton’s right-hand woman": a possessor is not the subject, unless of words said.
            boolean possessor = possessorOfNoUtterance.matcher(text).region(name.end(), to).lookingAt();
            if (name.kind() == SpeakerKind.PERSON && name.start() < pronounAt && !unknownWord && !possessor) {
                Cast.Member actor = actorOf(name);
                if (actor != null) {
                    return new Speaker(actor, 0.55);
                }
            }
        }
        if (pronounAt < to) {
            Speaker speaker = pronoun(pronoun.group(), pronounAt, lastQuoted);
            return speaker == null ? null : new Speaker(speaker.actor(), 0.55);
        }
        return null;
    }

    /** The nearest person mentioned before the position, whatever the gender. */
    Speaker previousPerson(int position) {
        Cast.Member actor = cast.nearestPerson(position, '?');
        return actor == null ? null : new Speaker(actor, 0.5);
    }

    /** The cast member a name found in the text stands for, registering it when new. */
    Cast.Member actorOf(Name name) {
        if (name.kind() == SpeakerKind.PERSON && name.singleWord() || NameFinder.isAcronym(name.text())) {
            Cast.Member actor = cast.findShort(name.text(), name.title(), name.start());
            if (actor != null) {
                cast.mention(name.start(), name.end(), actor);
                return actor;
            }
            String lower = name.text().toLowerCase(Locale.ROOT);
            if (language.groupNouns.contains(lower)) {
                // "Democrats said": a party or group named by its members.
                return cast.addShort(name, SpeakerKind.ORGANIZATION, null);
            }
            if (name.title() == null && commonWordForm.matcher(lower).matches()) {
                // "Following …", "Investigations …": a capitalized common word, not a surname.
                return null;
            }
            SpeakerKind kind = language.placeWords.contains(lower) ? SpeakerKind.GOVERNMENT : name.kind();
            return cast.addShort(name, kind, name.title());
        }
        return cast.addFull(name, name.title(), null);
    }

    /** A phrase without a name: a definite role refers back; an indefinite or plural one is an unnamed speaker. */
    private Speaker phrase(String written, int start) {
        String phrase = leadingSubordinator.matcher(written.trim()).replaceFirst("");
        if (phrase.isEmpty()) {
            return null;
        }
        String[] words = phrase.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length > 1 && language.subjectPronouns.contains(first) || clause(words)) {
            // "She then addressed the supporters", "there are some experts": a clause, not who spoke.
            return null;
        }
        // The head noun stands before a complement: "a spokesman for the regional water authority".
        int headAt = words.length - 1;
        for (int i = 1; i < words.length - 1; i++) {
            if (language.complementOpeners.contains(words[i].toLowerCase(Locale.ROOT))) {
                headAt = i - 1;
                break;
            }
        }
        if (POSSESSIVE_ENDING.matcher(words[headAt]).matches()) {
            // "the ’s wrote": a possessive ending whose word is lost, no head noun, nobody named.
            return null;
        }
        String head = words[headAt].toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "");
        // Words before the subject may open the phrase ("there are some experts who …"): only its end is checked.
        if (words.length > DESCRIBED_WORDS || cutShort(words[words.length - 1])) {
            return null;
        }
        boolean definite = language.definiteDeterminers.contains(first) && words.length >= 2;
        boolean media = definite && language.mediaReferences.contains(head);
        if (definite && (media || language.institutionReferences.contains(head))) {
            // "the company said", "the statement said": the institution named most; "the newspaper said": the outlet.
            Cast.Member institution = cast.mainInstitution(start, media ? MEDIA : INSTITUTIONS);
            if (institution != null) {
                return new Speaker(institution, 0.6);
            }
        }
        if (definite && !media) {
            Cast.Member actor = cast.byRole(head, start);
            if (actor != null) {
                return new Speaker(actor, 0.7);
            }
            if (language.isRoleNoun(head)) {
                // An unnamed person known by role only ("the announcer").
                return new Speaker(cast.addGroup(phrase.trim(), SpeakerKind.ANONYMOUS, start), 0.6);
            }
        }
        SpeakerKind kind;
        if (language.governmentGroupHeads.contains(head) && !language.indefiniteDeterminers.contains(first)) {
            kind = SpeakerKind.GOVERNMENT;
        } else if (language.anonymousHeads.contains(head)
                || language.indefiniteDeterminers.contains(first) && (language.isRoleNoun(head) || language.isTitle(head))) {
            kind = SpeakerKind.ANONYMOUS;
        } else if (media) {
            kind = SpeakerKind.MEDIA;
        } else if (nameModifiedGroup.matcher(phrase.trim()).matches()) {
            // "Clinton allies", "Trump aides": people close to the one named, not that one.
            kind = SpeakerKind.ANONYMOUS;
        } else if (language.groupNouns.contains(head) || head.endsWith("s") && language.isRoleNoun(head.substring(0, head.length() - 1))
                || definite && (language.institutionReferences.contains(head) || language.bodyHeads.contains(head))) {
            // The last also covers a body the story describes without naming it ("the state teachers union", "the
            // convention committee").
            kind = SpeakerKind.ORGANIZATION;
        } else {
            return null;
        }
        return new Speaker(cast.addGroup(phrase.trim(), kind, start), 0.8);
    }
}

package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds capitalized word sequences and reads them as names: persons (with title words split off), organizations,
 * government bodies and media by their head noun, acronyms, or places (not actors).
 */
final class NameFinder {

    /** Longest lower-case word that can join a name ("van", "for", "the"). */
    private static final int MAX_CONNECTOR = 3;
    /** A country in the possessive right before a name: "South Korea’s ". */
    private static final Pattern COUNTRY_OWNER = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)[’']s $");
    /** Particles of personal names of many languages ("van", "von", "bin"), shared by all of them. */
    private static final Set<String> PARTICLES = Set.copyOf(Language.entries("/extraction/name-particles.txt"));

    private final Language language;
    private final Pattern abstractNoun;
    private final Pattern roleBetweenNames;
    private final Pattern partyLabel;

    NameFinder(Language language) {
        this.language = language;
        this.abstractNoun = language.pattern("abstract-noun");
        this.roleBetweenNames = language.pattern("role-between-names");
        this.partyLabel = language.pattern("party-label");
    }

    private record Token(int start, int end, String text) {
        boolean capitalized() {
            char first = text.charAt(0);
            return Character.isUpperCase(first)
                    || (text.length() > 1 && Character.isLowerCase(first) && Character.isUpperCase(text.charAt(1)));
        }

        /** Lower case without a possessive ending or final dot. */
        String lower() {
            return Language.bare(withoutPossessive(text));
        }
    }

    /** All names in text[from,to), in order. */
    List<Name> find(String text, int from, int to) {
        List<Name> names = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        int lastEnd = -1;
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                int afterNickname = run.isEmpty() || lastEnd != i - 1 ? -1 : Nicknames.at(text, i);
                if (afterNickname > 0 && afterNickname < to) {
                    // The name goes on after its nickname as if the nickname were not there.
                    lastEnd = afterNickname - 1;
                    i = afterNickname;
                    continue;
                }
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, start, to);
            i = end;
            boolean adjacent = lastEnd >= 0 && isSpaceOnly(text, lastEnd, start);
            if (!adjacent) {
                flush(text, run, names);
            }
            lastEnd = end;
            boolean capitalized = Character.isUpperCase(text.charAt(start)) || end - start > 1
                    && Character.isLowerCase(text.charAt(start)) && Character.isUpperCase(text.charAt(start + 1));
            // Lower-case words only matter as connectors inside a run ("of", "van"); they are short.
            if (!capitalized && (run.isEmpty() || end - start > MAX_CONNECTOR)) {
                flush(text, run, names);
                continue;
            }
            Token token = new Token(start, end, text.substring(start, end));
            if (capitalized || language.nameConnectors.contains(token.text()) || PARTICLES.contains(token.text())) {
                run.add(token);
            } else {
                flush(text, run, names);
            }
            if (endsSequence(token)) {
                flush(text, run, names);
                lastEnd = -1;
            }
        }
        flush(text, run, names);
        return withRolesOfOthers(text, names);
    }

    /**
     * "Obama adviser David Axelrod", "Trump campaign chairman Paul Manafort": a person named right before lower-case
     * role words and the name of another person is whose role it is, and speaks for nobody there; that name and the
     * role are the other person's title.
     */
    private List<Name> withRolesOfOthers(String text, List<Name> names) {
        List<Name> kept = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            Name next = i + 1 < names.size() ? names.get(i + 1) : null;
            if (next != null && name.kind() == SpeakerKind.PERSON && next.kind() == SpeakerKind.PERSON
                    && next.title() == null && roleBetween(text.substring(name.end(), next.start()))) {
                names.set(i + 1, new Name(next.start(), next.end(), next.text(),
                        text.substring(name.start(), next.start()).strip(), next.kind(), next.alias()));
                continue;
            }
            kept.add(name);
        }
        return kept;
    }

    /** Whether the words between two names are a role of the first ("’s campaign manager"): no connector, a role noun last. */
    private boolean roleBetween(String between) {
        Matcher role = roleBetweenNames.matcher(between);
        if (!role.matches()) {
            return false;
        }
        String[] words = role.group(1).strip().split("\\s+");
        for (String word : words) {
            if (language.roleStopWords.contains(word)) {
                return false;
            }
        }
        return language.isRoleNoun(words[words.length - 1]);
    }

    /**
     * End of the word starting at start: initials ("G.K.", "U.S."), or letters and digits with inner apostrophes,
     * hyphens or dots ("O’Neill", "Jong-un") and an optional final dot ("Corp.").
     */
    private static int wordEnd(String text, int start, int to) {
        int j = start;
        int initials = 0;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            j += 2;
            initials++;
        }
        if (initials >= 2) {
            return j;
        }
        j = start + 1;
        while (j < to && (isWordChar(text.charAt(j)) || text.charAt(j) == '&')) {
            j++;
        }
        while (j + 1 < to && "'’-.".indexOf(text.charAt(j)) >= 0 && isWordChar(text.charAt(j + 1))) {
            j++;
            while (j < to && isWordChar(text.charAt(j))) {
                j++;
            }
        }
        return j < to && text.charAt(j) == '.' ? j + 1 : j;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private boolean endsSequence(Token token) {
        String t = token.text();
        if (!withoutPossessive(t).equals(t)) {
            return true;
        }
        return language.endsSentence(t);
    }

    private static boolean isSpaceOnly(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00a0';
    }

    private void flush(String text, List<Token> run, List<Name> names) {
        while (!run.isEmpty() && !run.get(run.size() - 1).capitalized()) {
            run.remove(run.size() - 1);
        }
        if (!run.isEmpty()) {
            classify(text, new ArrayList<>(run), names, -1);
        }
        run.clear();
    }

    /**
     * Reads one run of capitalized words (connectors inside) as one or more names. A role read before it ("Secretary
     * of", from roleFrom on; -1 when none) opens the title of the person the run starts with.
     */
    private void classify(String text, List<Token> run, List<Name> names, int roleFrom) {
        while (!run.isEmpty() && !opensName(run.get(0))) {
            run.remove(0);
        }
        for (int i = 1; i < run.size(); i++) {
            int next = i;
            while (next < run.size() && !run.get(next).capitalized()) {
                next++;
            }
            if (next > i && next < run.size() && language.nonNameWords.contains(run.get(next).lower())) {
                // "… Security Council on Friday": the connector opens an adverbial, not part of the name.
                run.subList(i, run.size()).clear();
            }
        }
        if (run.isEmpty()) {
            return;
        }
        int complement = roleComplement(run);
        if (complement > 0) {
            // "Director of the National Security Office" is a role; the body named after it is the actor.
            classify(text, new ArrayList<>(run.subList(complement, run.size())), names, run.get(0).start());
            return;
        }
        SpeakerKind institution = institutionKind(run);
        if (institution != null) {
            names.add(name(text, run, 0, run.size(), null, institution));
            return;
        }
        // Not an institution: "and"/"of" split persons and places apart ("Lind and Varga").
        int from = 0;
        for (int i = 0; i <= run.size(); i++) {
            if (i == run.size() || language.nameConnectors.contains(run.get(i).text())) {
                if (i > from) {
                    person(text, run.subList(from, i), names, from == 0 ? roleFrom : -1);
                }
                from = i + 1;
            }
        }
    }

    private void person(String text, List<Token> part, List<Name> names, int roleFrom) {
        int first = part.size();
        if (surnameLikeTitle(part)) {
            first--;
        }
        while (first > 0 && personWord(part.get(first - 1))) {
            first--;
        }
        if (part.size() - first > 4) {
            // "Maricopa County Recorder Helen Purcell": too long for a name, a title and a name, split at its last role.
            first = afterLastRole(part, first);
        }
        if (first == part.size() || part.size() - first > 4) {
            return;
        }
        if (language.thingHeads.contains(part.get(part.size() - 1).lower())) {
            // "Trump Tower", "Clean Air Act": a thing, named by its last word; "Kathleen Hall Jamieson" is a person.
            return;
        }
        while (first < part.size() - 1 && language.thingHeads.contains(part.get(first).lower())
                && !language.isGivenName(part.get(first).lower())) {
            // "Liar of the Year Barack Obama": the thing before the name is no part of it ("Bill Clinton" is).
            first++;
        }
        boolean givenNameFirst = part.size() - first > 1 && language.isGivenName(part.get(first).lower());
        String head = part.get(part.size() - 1).lower();
        if ((abstractNoun.matcher(head).matches() || language.placeHeads.contains(head)) && !givenNameFirst) {
            // "Homeland Security Investigations", "Clean Power Commitment": a thing or a body, not a person; "Lake
            // City", "Orange County": a place; "Sean Hannity" is a person.
            return;
        }
        boolean allPlaces = true;
        for (int i = first; i < part.size(); i++) {
            allPlaces &= isPlace(part.get(i).lower()) || Language.isInitials(part.get(i).text());
        }
        // "Secretary of State Hillary Clinton": the title is the whole role, not its last word.
        int titleFrom = roleFrom >= 0 ? roleFrom : part.get(0).start();
        String title = first > 0 ? text.substring(titleFrom, part.get(first - 1).end()) : null;
        if (allPlaces) {
            return;
        }
        // After an honorific a single word is a surname ("Ms. White"), whatever else it may name.
        if (first == part.size() - 1 && (first == 0 || !language.honorifics.contains(part.get(first - 1).lower()))) {
            SpeakerKind kind = singleWordInstitution(part.get(first));
            if (kind != null) {
                names.add(name(text, part, first, part.size(), title, kind));
                return;
            }
        }
        // "Log Cabin Republicans": a group named by its members.
        boolean group = part.size() - first > 1 && language.groupNouns.contains(part.get(part.size() - 1).lower());
        names.add(name(text, part, first, part.size(), title, group ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON));
    }

    /** Where the name starts after the last role word of a run ("Recorder"), at most four words before its end. */
    private int afterLastRole(List<Token> part, int first) {
        for (int i = part.size() - 2; i >= first && part.size() - i - 1 <= 4; i--) {
            if (language.isRoleNoun(part.get(i).lower())) {
                return i + 1;
            }
        }
        return first;
    }

    /**
     * Whether a name may start with the token: a capitalized word that never opens a name (non-name-words.txt) and is
     * no pronoun with a contracted verb ("You’re"), no negated verb ("Don’t") and no party label ("R-Utah").
     */
    private boolean opensName(Token token) {
        if (!token.capitalized()) {
            return false;
        }
        String lower = token.lower();
        return !language.nonNameWords.contains(lower) && !language.isContractedPronoun(lower)
                && !language.isNegatedVerb(lower) && !partyLabel.matcher(token.text()).matches();
    }

    /** Where the body starts in a run opened by a role and "of"/"for"/"at" ("Director of the …"), or 0. */
    private int roleComplement(List<Token> run) {
        if (run.size() < 3 || !(language.isTitle(run.get(0).text()) || language.roleNouns.contains(run.get(0).lower()))) {
            return 0;
        }
        int i = 1;
        while (i < run.size() && (language.isTitle(run.get(i).text()) || language.roleNouns.contains(run.get(i).lower()))) {
            i++;
        }
        if (i >= run.size() - 1 || !language.roleComplementOpeners.contains(run.get(i).text())) {
            return 0;
        }
        i++;
        while (i < run.size() && run.get(i).text().equals("the")) {
            i++;
        }
        return i < run.size() ? i : 0;
    }

    /** "Korea", and "Korea-Russia" whose every part is a place. */
    private boolean isPlace(String word) {
        for (String part : word.split("-")) {
            if (!language.placeWords.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "Charlie King", "Mr. King": a title word closing a run after a given name or honorific is a surname. */
    private boolean surnameLikeTitle(List<Token> part) {
        if (part.size() < 2) {
            return false;
        }
        Token last = part.get(part.size() - 1);
        Token previous = part.get(part.size() - 2);
        return last.capitalized() && (language.isTitle(last.text()) || language.roleNouns.contains(last.lower()))
                && !language.nonNameWords.contains(last.lower())
                && (personWord(previous) && !language.placeWords.contains(previous.lower())
                        || language.honorifics.contains(previous.lower()));
    }

    private boolean personWord(Token token) {
        String lower = token.lower();
        return token.capitalized() && !language.isTitle(token.text()) && !language.roleNouns.contains(lower)
                && !language.nonNameWords.contains(lower)
                || PARTICLES.contains(token.text());
    }

    /** Outlets and bodies known by one word (Reuters, KCNA, Kremlin) and other acronyms. */
    private SpeakerKind singleWordInstitution(Token token) {
        String lower = token.lower();
        if (language.mediaHeads.contains(lower)) {
            return SpeakerKind.MEDIA;
        }
        if (language.governmentHeads.contains(lower) && !language.placeWords.contains(lower)) {
            return SpeakerKind.GOVERNMENT;
        }
        return isAcronym(token.text()) || language.organizationNames.contains(lower) ? SpeakerKind.ORGANIZATION : null;
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAcronym(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** MEDIA, GOVERNMENT or ORGANIZATION when a head noun closes the run or opens an "of"/"for"/"on" complement. */
    private SpeakerKind institutionKind(List<Token> run) {
        boolean strongMedia = false;
        for (Token token : run) {
            strongMedia |= language.strongMediaWords.contains(token.lower());
        }
        for (int i = 0; i < run.size(); i++) {
            boolean closing = i == run.size() - 1 || language.institutionComplementOpeners.contains(run.get(i + 1).text());
            if (!closing) {
                continue;
            }
            String head = run.get(i).lower();
            if (personBefore(run, i)) {
                // "Ms. White", "Atlantic City Mayor Don Guardian": the head word is a surname here.
                return null;
            }
            boolean institutionHead = language.governmentHeads.contains(head) || language.organizationHeads.contains(head);
            if (language.mediaHeads.contains(head) || strongMedia && institutionHead) {
                // "Korean Central News Agency", "Broadcasting Corporation": an outlet named as a body.
                return SpeakerKind.MEDIA;
            }
            if (language.governmentHeads.contains(head) && (run.size() > 1 || isAcronym(run.get(i).text()))) {
                return SpeakerKind.GOVERNMENT;
            }
            if (language.organizationHeads.contains(head) && (run.size() > 1 || isAcronym(run.get(i).text()))) {
                return SpeakerKind.ORGANIZATION;
            }
        }
        return null;
    }

    /** Whether an honorific, or a title and a given name, stand before the word at head: the run names a person. */
    private boolean personBefore(List<Token> run, int head) {
        for (int j = 0; j < head; j++) {
            if (language.honorifics.contains(run.get(j).lower())
                    || language.isTitle(run.get(j).text()) && language.isGivenName(run.get(j + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an institution's name starts when a country owns it: "Ukraine’s Defense Intelligence Agency" is not the
     * agency of another country of the same name.
     */
    private int withCountry(String text, int start) {
        Matcher owner = COUNTRY_OWNER.matcher(text).region(Math.max(0, start - 30), start);
        if (!owner.find()) {
            return start;
        }
        for (String word : owner.group(1).split(" ")) {
            if (!language.placeWords.contains(word.toLowerCase(Locale.ROOT))) {
                return start;
            }
        }
        return owner.start(1);
    }

    static String withoutPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s’") || word.endsWith("s'") ? word.substring(0, word.length() - 1) : word;
    }

    private Name name(String text, List<Token> run, int from, int to, String title, SpeakerKind kind) {
        int start = run.get(from).start();
        int end = run.get(to - 1).end();
        String value = text.substring(start, end);
        end -= value.length() - withoutPossessive(value).length();
        if (end == start + value.length() && language.endsSentence(run.get(to - 1).text())) {
            // The dot ends the sentence, not the name.
            end -= 1;
        }
        if (kind == SpeakerKind.GOVERNMENT || kind == SpeakerKind.ORGANIZATION) {
            start = withCountry(text, start);
        }
        String written = text.substring(start, end);
        if (written.indexOf('"') < 0 && written.indexOf('“') < 0) {
            return new Name(start, end, written, title, kind);
        }
        return new Name(start, end, Nicknames.without(written), title, kind, Nicknames.alias(written));
    }
}

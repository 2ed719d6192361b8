package io.claimdesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words and patterns of one language that the rules read text with, loaded once from
 * {@code extraction/<code>/}: word lists ({@code <list>.txt}, one entry a line) and named patterns
 * ({@code patterns.txt}, {@code name = regex}, where {@code ${list}} stands for the entries of a list as alternatives).
 * Lines starting with {@code #} and blank lines are left out. Immutable and shared by all extractions.
 */
final class Language {

    static final String ENGLISH_CODE = "en";
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final String RESOURCES = "/extraction/";
    private static final Pattern LIST_REFERENCE = Pattern.compile("\\$\\{([a-z\\-]+)}");
    /** Entries that a pattern takes as alternatives are words: they must not change the pattern's structure. */
    private static final Pattern PLAIN_ENTRY = Pattern.compile("[\\p{L}’' \\-]+");
    /** Every code asked for, with the language it stands for (English for a code without resources). */
    /** Shorter words with a past ending are no past forms ("red", "bed", "need"). */
    private static final int MIN_REGULAR_PAST = 5;
    private static final Map<String, Language> BY_CODE = new HashMap<>();

    final String code;
    final Set<String> attributionWords;
    final Set<String> finiteMarkers;
    final Set<String> subjectPronouns;
    final Set<String> irregularPast;
    final Set<String> determiners;
    final Set<String> clauseOpeners;
    final Set<String> infinitiveMarkers;
    final Set<String> personalPronouns;
    final Set<String> titles;
    final Set<String> mediaHeads;
    final Set<String> governmentHeads;
    final Set<String> organizationHeads;
    final Set<String> nonNameWords;
    final Set<String> placeWords;
    final Set<String> familyNameFirst;
    final Set<String> honorifics;
    final Set<String> thingHeads;
    final Set<String> placeHeads;
    final Set<String> roleNouns;
    final Set<String> femaleWords;
    final Set<String> femalePronouns;
    final Set<String> malePronouns;
    final Set<String> maleWords;
    final Set<String> groupNouns;
    final Set<String> bodyHeads;
    final Set<String> relativeWords;
    final Map<String, String> titleAbbreviations;
    final Set<String> abbreviations;
    final Set<String> numeralAbbreviations;
    final Set<String> danglingWords;
    final Set<String> notDescriptionOpenings;
    final Set<String> organizationNames;
    final Set<String> notAgents;
    final Set<String> addressingVerbs;
    final Set<String> addressingWithToVerbs;
    final Set<String> participles;
    final Set<String> anonymousHeads;
    final Set<String> governmentGroupHeads;
    final Set<String> institutionReferences;
    final Set<String> mediaReferences;
    final Set<String> complementOpeners;
    final Set<String> indefiniteDeterminers;
    final Set<String> definiteDeterminers;
    final Set<String> notDescriptions;
    final Set<String> adjunctOpenings;
    /** Cue words whose reported content is a clause whatever verb it holds ("said Wall Street helps …"). */
    final Set<String> clauseCues;
    /** Cue words naming what was spoken of ("emphasized the treaty"): after them only a clause reports content. */
    final Set<String> topicCues;
    /** Cue words that leave the subject of the cue no speaker of the infinitive after it ("is expected to"). */
    final Set<String> subjectlessCueWords;
    final Set<String> findingVerbs;
    final Set<String> audienceVerbs;
    final Set<String> institutionComplementOpeners;
    final Set<String> nameConnectors;
    final Set<String> roleComplementOpeners;
    final Set<String> strongMediaWords;
    final Set<String> roleStopWords;
    final Set<String> roleFunctionWords;
    final Set<String> appositiveRejects;
    final Set<String> objectMarkers;
    final Set<String> titleSmallWords;
    final Set<String> notUnits;
    final Set<String> percentWords;
    final List<String> scaleWords;
    final Set<String> descriptionFillers;
    final Pattern cueVerb;
    final Pattern capitalizedCueVerb;
    final Pattern accordingTo;
    /** A function word of the language (an article, preposition, conjunction, auxiliary), to tell the language by. */
    final Pattern functionWord;
    /** The cue recorded for a source named by {@link #accordingTo}. */
    final String accordingToCue;
    private final Map<String, Pattern> patterns;
    final List<String> verbFormEndings;
    /** The months, January first, as the date patterns catch them. */
    final List<String> months;
    private final Set<String> contractedIs;
    private final List<String> contractionEndings;
    private final List<String> negationEndings;
    private final List<String> pastEndings;
    private final Pattern agentNoun;

    private Language(String code) {
        this.code = code;
        Map<String, List<String>> lists = new HashMap<>();
        attributionWords = Set.copyOf(Stream.concat(
                list(lists, "cue-verbs").stream().filter(word -> !word.contains(" ")),
                list(lists, "attribution-words").stream()).toList());
        finiteMarkers = set(lists, "finite-markers");
        subjectPronouns = set(lists, "subject-pronouns");
        irregularPast = set(lists, "irregular-past");
        determiners = set(lists, "determiners");
        clauseOpeners = set(lists, "clause-openers");
        infinitiveMarkers = set(lists, "infinitive-markers");
        personalPronouns = set(lists, "personal-pronouns");
        titles = set(lists, "titles");
        mediaHeads = set(lists, "media-heads");
        governmentHeads = set(lists, "government-heads");
        organizationHeads = set(lists, "organization-heads");
        nonNameWords = set(lists, "non-name-words");
        placeWords = set(lists, "place-words");
        familyNameFirst = set(lists, "family-name-first");
        honorifics = set(lists, "honorifics");
        thingHeads = set(lists, "thing-heads");
        placeHeads = set(lists, "place-heads");
        roleNouns = set(lists, "role-nouns");
        femaleWords = set(lists, "female-words");
        femalePronouns = set(lists, "female-pronouns");
        malePronouns = set(lists, "male-pronouns");
        maleWords = set(lists, "male-words");
        groupNouns = set(lists, "group-nouns");
        bodyHeads = set(lists, "body-heads");
        relativeWords = set(lists, "relative-words");
        titleAbbreviations = pairs(list(lists, "title-abbreviations"));
        abbreviations = set(lists, "abbreviations");
        numeralAbbreviations = set(lists, "numeral-abbreviations");
        danglingWords = set(lists, "dangling-words");
        notDescriptionOpenings = set(lists, "not-description-openings");
        organizationNames = set(lists, "organization-names");
        notAgents = set(lists, "not-agents");
        addressingVerbs = set(lists, "addressing-verbs");
        addressingWithToVerbs = set(lists, "addressing-with-to-verbs");
        participles = set(lists, "participles");
        anonymousHeads = set(lists, "anonymous-heads");
        governmentGroupHeads = set(lists, "government-group-heads");
        institutionReferences = set(lists, "institution-references");
        mediaReferences = set(lists, "media-references");
        complementOpeners = set(lists, "complement-openers");
        indefiniteDeterminers = set(lists, "indefinite-determiners");
        definiteDeterminers = set(lists, "definite-determiners");
        notDescriptions = set(lists, "not-descriptions");
        adjunctOpenings = set(lists, "adjunct-openings");
        clauseCues = set(lists, "clause-cues");
        topicCues = set(lists, "topic-cues");
        subjectlessCueWords = set(lists, "subjectless-cue-words");
        findingVerbs = set(lists, "finding-verbs");
        audienceVerbs = set(lists, "audience-verbs");
        institutionComplementOpeners = set(lists, "institution-complement-openers");
        nameConnectors = set(lists, "name-connectors");
        roleComplementOpeners = set(lists, "role-complement-openers");
        strongMediaWords = set(lists, "strong-media-words");
        roleStopWords = set(lists, "role-stop-words");
        roleFunctionWords = set(lists, "role-function-words");
        appositiveRejects = set(lists, "appositive-rejects");
        objectMarkers = set(lists, "object-markers");
        titleSmallWords = set(lists, "title-small-words");
        notUnits = set(lists, "not-units");
        percentWords = set(lists, "percent-words");
        scaleWords = list(lists, "scale-words");
        descriptionFillers = set(lists, "description-fillers");
        patterns = readPatterns(lists);
        cueVerb = pattern("cue-verb");
        capitalizedCueVerb = pattern("capitalized-cue-verb");
        accordingTo = pattern("according-to");
        functionWord = pattern("function-word");
        accordingToCue = list(lists, "according-to-cue").get(0);
        verbFormEndings = list(lists, "verb-form-endings");
        months = list(lists, "months");
        contractedIs = set(lists, "contracted-is");
        contractionEndings = list(lists, "contraction-endings");
        negationEndings = list(lists, "negation-endings");
        pastEndings = list(lists, "past-endings");
        agentNoun = pattern("agent-noun");
    }

    /** The language of the code ("en"), loaded on first use; English for a code without resources or none. */
    static synchronized Language forCode(String code) {
        String wanted = code == null ? ENGLISH_CODE : code.toLowerCase(Locale.ROOT);
        Language known = BY_CODE.get(wanted);
        if (known != null) {
            return known;
        }
        boolean available = wanted.matches("[a-z]{2,3}")
                && Language.class.getResource(RESOURCES + wanted + "/patterns.txt") != null;
        Language language = available ? new Language(wanted) : forCode(ENGLISH_CODE);
        BY_CODE.put(wanted, language);
        return language;
    }

    /** The languages that text is told apart by, in the order of extraction/languages.txt. */
    static List<Language> detectable() {
        return Detectable.LANGUAGES;
    }

    private static final class Detectable {
        static final List<Language> LANGUAGES = entries(RESOURCES + "languages.txt").stream().map(Language::forCode).toList();
    }

    static Language english() {
        return English.LANGUAGE;
    }

    /** Loaded on first use, so that the per-token calls of the tagger's features need no lookup. */
    private static final class English {
        static final Language LANGUAGE = forCode(ENGLISH_CODE);
    }

    /** A named pattern of patterns.txt. */
    Pattern pattern(String name) {
        Pattern pattern = patterns.get(name);
        if (pattern == null) {
            throw new IllegalStateException("No pattern " + name + " in " + RESOURCES + code + "/patterns.txt");
        }
        return pattern;
    }

    /**
     * Whether words (lower case) read as a clause that can be checked: it holds an auxiliary, a negated or contracted
     * verb, or a past form not read as an adjective after a determiner; an infinitive ("to expect …") is none.
     */
    boolean looksLikeClause(List<String> words) {
        if (words.isEmpty() || infinitiveMarkers.contains(words.get(0))) {
            return false;
        }
        if (clauseOpeners.contains(words.get(0))) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && subjectPronouns.contains(words.get(i - 1)) && Character.isLetter(word.charAt(0))) {
                // "he dislikes …", "they want …"
                return true;
            }
            if (finiteMarkers.contains(word) || irregularPast.contains(word) || endsWithAny(word, negationEndings, 0)
                    || endsWithAny(word, contractionEndings, 1) || contractedIs.contains(word)) {
                return true;
            }
            if (i > 0 && word.length() >= MIN_REGULAR_PAST && endsWithAny(word, pastEndings, 0)
                    && !determiners.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word (lower case) is a past form: an irregular one or a regular one of five letters or more. */
    boolean isPastForm(String lowerCaseWord) {
        return irregularPast.contains(lowerCaseWord)
                || lowerCaseWord.length() >= MIN_REGULAR_PAST && endsWithAny(lowerCaseWord, pastEndings, 0);
    }

    /** Whether the word (lower case) is a given name that tells a gender ("hillary", "bill"). */
    boolean isGivenName(String lowerCaseWord) {
        return maleWords.contains(lowerCaseWord) || femaleWords.contains(lowerCaseWord);
    }

    /** Whether the word is a verb with its negation contracted onto it ("don’t", "isn't"). */
    boolean isNegatedVerb(String lowerCaseWord) {
        return endsWithAny(lowerCaseWord, negationEndings, 1);
    }

    /** Whether the word is a pronoun with a verb contracted onto it ("he’s", "you’re", "they’ve"). */
    boolean isContractedPronoun(String lowerCaseWord) {
        return contractedIs.contains(lowerCaseWord) || endsWithAny(lowerCaseWord, contractionEndings, 1);
    }

    /** How many words a written word stands for: two for a contraction ("she’s", "don’t", "I’d"), else one. */
    int wordsIn(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isContractedPronoun(lower) || isNegatedVerb(lower) ? 2 : 1;
    }

    /** Whether the word ends with one of the endings and has at least so many letters before it. */
    static boolean endsWithAny(String word, List<String> endings, int before) {
        for (String ending : endings) {
            if (word.length() >= ending.length() + before && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean isAttributionWord(String lowerCaseWord) {
        return attributionWords.contains(lowerCaseWord);
    }

    /** A noun naming a person by role: listed, or an agent noun ("the harbor master", "a negotiator"). */
    boolean isRoleNoun(String word) {
        return roleNouns.contains(word) || agentNoun.matcher(word).matches() && !notAgents.contains(word);
    }

    boolean hasTitleOrRole(String phrase) {
        for (String word : phrase.split("[\\s,]+")) {
            if (isTitle(word) || roleNouns.contains(bare(word))) {
                return true;
            }
        }
        return false;
    }

    /** A title, also one joined of titles or roles ("Secretary-Treasurer"). */
    boolean isTitle(String word) {
        String bare = bare(word);
        if (titles.contains(bare)) {
            return true;
        }
        int hyphen = bare.indexOf('-');
        if (hyphen <= 0 || !titles.contains(bare.substring(0, hyphen))) {
            return false;
        }
        for (String part : bare.substring(hyphen + 1).split("-")) {
            if (!titles.contains(part) && !isRoleNoun(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words hold a cue verb or "according to". */
    boolean containsCue(String text) {
        return cueVerb.matcher(text).find() || accordingTo.matcher(text).find();
    }

    /** Whether the words after the verb name whom it was said to. */
    boolean addresses(String verb, String object) {
        return addressingVerbs.contains(verb) || addressingWithToVerbs.contains(verb) && object.startsWith("to ");
    }

    /**
     * Whether a word with its final dot ends a sentence: not an abbreviation ("Rep.", "Oct.") and not initials ("J.",
     * "U.S.").
     */
    boolean endsSentence(String word) {
        return word.endsWith(".") && !abbreviations.contains(bare(word)) && !isInitials(word);
    }

    /** Capital letters each followed by a dot: "J.", "U.S.". */
    static boolean isInitials(String word) {
        return word.length() >= 2 && word.length() <= 6 && INITIALS.matcher(word).matches();
    }

    /** Lower case without a final dot ("Rep." is "rep"). */
    static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The entries of a resource file of the language, or of all languages for a path starting with "/". */
    static List<String> entries(String resource) {
        InputStream in = Language.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing language resource " + resource);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && !entries.contains(entry)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private List<String> list(Map<String, List<String>> lists, String name) {
        return lists.computeIfAbsent(name, missing -> entries(RESOURCES + code + "/" + name + ".txt"));
    }

    private Set<String> set(Map<String, List<String>> lists, String name) {
        return Set.copyOf(list(lists, name));
    }

    private static Map<String, String> pairs(List<String> entries) {
        Map<String, String> pairs = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\s+");
            pairs.put(parts[0], parts[1]);
        }
        return Map.copyOf(pairs);
    }

    private Map<String, Pattern> readPatterns(Map<String, List<String>> lists) {
        Map<String, Pattern> compiled = new HashMap<>();
        for (String entry : entries(RESOURCES + code + "/patterns.txt")) {
            int equals = entry.indexOf(" = ");
            String name = entry.substring(0, equals).strip();
            Matcher reference = LIST_REFERENCE.matcher(entry.substring(equals + 3).strip());
            StringBuilder regex = new StringBuilder();
            while (reference.find()) {
                reference.appendReplacement(regex, Matcher.quoteReplacement(alternation(list(lists, reference.group(1)))));
            }
            reference.appendTail(regex);
            compiled.put(name, Pattern.compile(regex.toString()));
        }
        return Map.copyOf(compiled);
    }

    /**
     * The entries as one regex alternation, grouped by first letter so that the matcher tries only the entries that
     * can start at a position; within a group the list order is kept, so an earlier entry wins.
     */
    private static String alternation(List<String> entries) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String entry : entries) {
            if (!PLAIN_ENTRY.matcher(entry).matches()) {
                throw new IllegalStateException("Not a plain word or phrase for a pattern: " + entry);
            }
            byFirst.computeIfAbsent(entry.charAt(0), first -> new ArrayList<>()).add(entry.substring(1));
        }
        StringBuilder regex = new StringBuilder();
        byFirst.forEach((first, rests) -> {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            regex.append(first).append("(?:").append(String.join("|", rests)).append(')');
        });
        return regex.toString();
    }
}

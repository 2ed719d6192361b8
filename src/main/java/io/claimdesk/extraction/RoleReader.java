package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the role written next to a name: before it ("Rand Corp. researcher Bruce Bennett") or as an appositive
 * ("Cho Han-beom, a research fellow at the Korea Institute for National Unification, said").
 */
final class RoleReader {

    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*(?:\\([^()]{1,40}\\))?\\s*,(?:\\s*\\d{1,3},)?\\s*(?<role>[^,;:“”\"()]{3,160}?)\\s*(?=,|;|\\.(?:\\s|$)|\\(|$)");
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\((?<acronym>\\p{Lu}[\\p{Lu}\\p{N}&.\\-]{1,9})\\)");
    private static final int MAX_PREFIX_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-./]*");

    private final Language language;
    private final Pattern subjectFollows;
    private final Pattern appositiveSubjectFollows;
    private final Pattern leadingRole;
    private final Pattern invertedSubject;
    private final Pattern speechBy;

    RoleReader(Language language) {
        this.language = language;
        this.subjectFollows = language.pattern("subject-follows");
        this.appositiveSubjectFollows = language.pattern("appositive-subject-follows");
        this.leadingRole = language.pattern("leading-role");
        this.invertedSubject = language.pattern("inverted-subject");
        this.speechBy = language.pattern("speech-by");
    }

    /**
     * Whether the name at [start,end) is the subject of its clause, or the author of a statement: right after its cue
     * verb or after "statement by", or before a verb, relative clause or appositive, and no preposition or
     * object-taking verb governing it (looking past titles and roles: "for GOP nominee X").
     */
    boolean isSubject(String text, int start, int end, int floor, int ceiling) {
        if (invertedSubject.matcher(text).region(floor, start).find() || speechBy.matcher(text).region(floor, start).find()) {
            // "…, said Jake Horowitz, editor in chief of Mic.com.": the subject after its verb; "the statement by Kim
            // Yo-jong": who spoke, whom a following "he said" goes on with as with a subject.
            return true;
        }
        if (!subjectFollows.matcher(text).region(end, ceiling).lookingAt()) {
            // "The mayor of Buffalo, Kevin Osei, praised …": the name as appositive of the subject.
            return text.substring(floor, start).stripTrailing().endsWith(",")
                    && appositiveSubjectFollows.matcher(text).region(end, ceiling).lookingAt();
        }
        List<String> before = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(Math.max(floor, start - 60), start);
        int previousEnd = -1;
        while (matcher.find()) {
            if (previousEnd >= 0 && !text.substring(previousEnd, matcher.start()).isBlank()) {
                before.clear();
            }
            before.add(matcher.group());
            previousEnd = matcher.end();
        }
        if (previousEnd >= 0 && !text.substring(previousEnd, start).isBlank()) {
            return true;
        }
        if (language.determiners.contains(wordBefore(text, floor, start).toLowerCase(Locale.ROOT))) {
            // "the Carrier plant", "the Clinton campaign": the name qualifies a noun, which is what the clause is about.
            return false;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (language.endsSentence(word)) {
                // "… against Clinton. Jason Chaffetz said": the name opens its sentence.
                return true;
            }
            boolean modifier = Character.isUpperCase(word.charAt(0)) || language.roleNouns.contains(Language.bare(word))
                    || language.roleFunctionWords.contains(lower);
            if (!modifier) {
                // "killing X", "praised X": the object of a verb form, not a subject.
                return !language.objectMarkers.contains(lower) && !Language.endsWithAny(lower, language.verbFormEndings, 0);
            }
        }
        return true;
    }

    /** The word before the position, up to the whitespace before it. */
    private static String wordBefore(String text, int floor, int position) {
        int end = position;
        while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > floor && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    String acronymAfter(String text, int nameEnd, int ceiling) {
        Matcher matcher = ACRONYM.matcher(text).region(nameEnd, ceiling);
        return matcher.lookingAt() ? matcher.group("acronym") : null;
    }

    /** Role words directly before the name, anchored on a role noun next to it. */
    String before(String text, int nameStart, int floor) {
        Matcher leading = leadingRole.matcher(text).region(floor, nameStart);
        if (leading.find() && hasRoleNoun(leading.group("role"))) {
            // "The mayor of Buffalo, Kevin Osei, …": the name stands as appositive of its role.
            return leading.group("role");
        }
        List<String> words = new ArrayList<>();
        int cursor = nameStart;
        int from = Math.max(floor, nameStart - 100);
        Matcher matcher = WORD.matcher(text).region(from, nameStart);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        for (int i = spans.size() - 1; i >= 0 && words.size() < MAX_PREFIX_WORDS; i--) {
            int[] span = spans.get(i);
            if (!text.substring(span[1], cursor).isBlank()) {
                break;
            }
            String word = text.substring(span[0], span[1]);
            String lower = word.toLowerCase(Locale.ROOT);
            if (language.roleStopWords.contains(lower) || language.endsSentence(word)
                    || language.cueVerb.matcher(word).matches()) {
                break;
            }
            if (words.isEmpty() && !language.isRoleNoun(Language.bare(word))) {
                return null;
            }
            words.add(0, word);
            cursor = span[0];
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private boolean hasRoleNoun(String phrase) {
        for (String word : phrase.split("\\s+")) {
            String bare = Language.bare(word.replaceAll("[’']s$", ""));
            if (language.roleNouns.contains(bare) || language.roleNouns.contains(bare.replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The appositive after the name when it names a role. */
    String after(String text, int nameEnd, int ceiling) {
        Matcher matcher = APPOSITIVE.matcher(text).region(nameEnd, ceiling);
        if (!matcher.lookingAt()) {
            return null;
        }
        String role = matcher.group("role").trim();
        String[] words = role.split("\\s+");
        if (language.appositiveRejects.contains(words[0].toLowerCase(Locale.ROOT)) || language.containsCue(role)) {
            return null;
        }
        return hasRoleNoun(role) ? role : null;
    }
}

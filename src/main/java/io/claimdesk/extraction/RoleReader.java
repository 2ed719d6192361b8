package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Set<String> STOP_BEFORE = Set.of(
            "said", "says", "told", "that", "to", "by", "and", "or", "but", "with", "from", "of", "for", "in", "on",
            "at", "as", "when", "while", "after", "before", "since", "because", "than", "is", "was", "were", "are",
            "has", "have", "had", "according", "including", "like", "who", "which", "whom", "whose", "where", "the",
            "a", "an", "his", "her", "their", "its", "our", "my", "your", "if", "between", "among", "against", "about");
    private static final Set<String> APPOSITIVE_REJECT = Set.of(
            "and", "or", "but", "who", "which", "that", "when", "where", "while", "as", "if", "so", "then", "said",
            "says", "he", "she", "they", "it", "including", "according", "despite", "after", "before", "both");
    private static final int MAX_PREFIX_WORDS = 5;
    /** After a subject comes its verb, a relative clause or an appositive, not a preposition or conjunction. */
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile(
            "^(?:\\s*\\([^()]{1,40}\\)|\\s*,\\s*\\p{Lu}-\\p{Lu}[\\p{L}.]{0,6},|\\s*,[^,;“”\"]{3,140},(?=\\s+\\p{Ll}))?"
                    + "(?:\\s*,\\s*(?:who|a|an|the)\\b"
                    + "|\\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|about|than|as|into|over|under|since|because|when"
                    + "|while|after|before|if|whose|that|which|but|so|yet|until|unless|although|though|where)\\b)\\p{Ll})");
    /** A definite role opening the sentence and closed by a comma right before the name. */
    private static final Pattern LEADING_ROLE = Pattern.compile(
            "(?:^|[.;:!?]\\s+)(?<role>[Tt]he\\s+[^,.;:“”\"]{3,80}?),\\s*$");
    private static final Pattern APPOSITIVE_SUBJECT_FOLLOWS = Pattern.compile(
            "^\\s*,\\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|about|than|as|who|which|whose|that|but|so)\\b)"
                    + "\\p{Ll}+(?:ed|s)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-./]*");
    private static final Set<String> OBJECT_MARKERS = Set.of(
            "with", "by", "for", "to", "of", "from", "at", "in", "on", "about", "than", "against", "between", "among",
            "under", "over", "like", "and", "or", "replace", "told", "asked", "called", "met", "urged", "thanked",
            "praised", "criticized", "attacked", "blasted", "named", "nominated", "interviewed", "featuring");

    /**
     * Whether the name at [start,end) is the subject of its clause: a verb, relative clause or appositive after it,
     * and no preposition or object-taking verb governing it (looking past titles and roles: "for GOP nominee X").
     */
    boolean isSubject(String text, int start, int end, int floor, int ceiling) {
        if (!SUBJECT_FOLLOWS.matcher(text).region(end, ceiling).lookingAt()) {
            // "The mayor of Buffalo, Kevin Osei, praised …": the name as appositive of the subject.
            return text.substring(floor, start).stripTrailing().endsWith(",")
                    && APPOSITIVE_SUBJECT_FOLLOWS.matcher(text).region(end, ceiling).lookingAt();
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
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean modifier = Character.isUpperCase(word.charAt(0)) || Lexicon.ROLE_NOUNS.contains(Lexicon.bare(word))
                    || lower.equals("of") || lower.equals("the") || lower.equals("a") || lower.equals("an");
            if (!modifier) {
                // "killing X", "praised X": the object of a verb form, not a subject.
                return !OBJECT_MARKERS.contains(lower) && !lower.endsWith("ing") && !lower.endsWith("ed");
            }
        }
        return true;
    }

    String acronymAfter(String text, int nameEnd, int ceiling) {
        Matcher matcher = ACRONYM.matcher(text).region(nameEnd, ceiling);
        return matcher.lookingAt() ? matcher.group("acronym") : null;
    }

    /** Role words directly before the name, anchored on a role noun next to it. */
    String before(String text, int nameStart, int floor) {
        Matcher leading = LEADING_ROLE.matcher(text).region(floor, nameStart);
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
            boolean sentenceEnd = word.endsWith(".") && !Lexicon.ABBREVIATIONS.contains(Lexicon.bare(word));
            if (STOP_BEFORE.contains(lower) || sentenceEnd || Cues.VERB.matcher(word).matches()) {
                break;
            }
            if (words.isEmpty() && !Lexicon.isRoleNoun(Lexicon.bare(word))) {
                return null;
            }
            words.add(0, word);
            cursor = span[0];
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean hasRoleNoun(String phrase) {
        for (String word : phrase.split("\\s+")) {
            String bare = Lexicon.bare(word.replaceAll("[’']s$", ""));
            if (Lexicon.ROLE_NOUNS.contains(bare) || Lexicon.ROLE_NOUNS.contains(bare.replaceAll("s$", ""))) {
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
        if (APPOSITIVE_REJECT.contains(words[0].toLowerCase(Locale.ROOT)) || Cues.containsCue(role)) {
            return null;
        }
        return hasRoleNoun(role) ? role : null;
    }
}

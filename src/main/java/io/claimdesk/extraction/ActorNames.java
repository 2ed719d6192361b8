package io.claimdesk.extraction;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether two written names denote one actor, across articles and romanizations. */
public final class ActorNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s\\-‐‑–]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
    /**
     * Words of a description that say nothing of the role or affiliation it shares. Names are compared across
     * articles and their languages; the descriptions compared are English today.
     */
    private static final Set<String> FILLER = Language.english().descriptionFillers;

    private ActorNames() {
    }

    /** Comparison key ignoring case, diacritics, hyphens, spaces and punctuation. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * True when the names are one actor: equal keys (hyphenation, spacing, case, diacritics), or romanization
     * variants of every name part provided both descriptions share their role or affiliation.
     */
    public static boolean sameActor(String nameA, String descriptionA, String nameB, String descriptionB) {
        String keyA = key(nameA);
        if (keyA.isEmpty()) {
            return false;
        }
        if (keyA.equals(key(nameB))) {
            return true;
        }
        return romanizationVariants(nameA, nameB) && descriptionsAgree(descriptionA, descriptionB);
    }

    private static boolean romanizationVariants(String nameA, String nameB) {
        return PART_SEPARATOR.split(fold(nameA).trim()).length >= 2 && soundKey(nameA).equals(soundKey(nameB));
    }

    /** The name part by part as it sounds; romanization variants of one name share it. */
    static String soundKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String part : PART_SEPARATOR.split(fold(name).trim())) {
            key.append(sound(part)).append(' ');
        }
        return key.toString();
    }

    /** Collapses the usual alternations of Korean and Chinese romanizations (Jang/Chang, Cho/Joh, Bak/Park). */
    static String sound(String part) {
        String s = key(part)
                .replace("ch", "j").replace("sh", "s").replace("oo", "u").replace("eo", "o")
                .replace("ee", "i").replace("ae", "e").replace("ou", "u")
                .replace('k', 'g').replace('p', 'b').replace('t', 'd').replace('r', 'l')
                .replace("h", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean descriptionsAgree(String descriptionA, String descriptionB) {
        Set<String> wordsA = contentWords(descriptionA);
        Set<String> wordsB = contentWords(descriptionB);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(wordsB);
        int needed = Math.min(2, Math.min(wordsA.size(), wordsB.size()));
        return shared.size() >= needed;
    }

    private static Set<String> contentWords(String description) {
        Set<String> words = new HashSet<>();
        if (description == null) {
            return words;
        }
        var matcher = WORD.matcher(fold(description).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!FILLER.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
    }
}

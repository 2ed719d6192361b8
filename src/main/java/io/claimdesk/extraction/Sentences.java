package io.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence limits in the raw text; stops inside quotations and after abbreviations or initials do not count. */
final class Sentences {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A word with its contraction or possessive ("won’t", "they're"). */
    private static final Pattern WHOLE_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'][\\p{L}]+)*");

    private final String text;
    private final boolean[] quoted;
    /** Closing marks right after a stop ("…ended.”") end the sentence too. */
    private final boolean[] closingStop;
    /** Abbreviations whose final dot ends no sentence ("Rep.", "Corp."). */
    private final Set<String> abbreviations;
    /** Abbreviations whose final dot ends no sentence when a figure follows ("No. 2", "Vol. 3"). */
    private final Set<String> numeralAbbreviations;

    Sentences(String text, List<QuoteSpan> quotes, Set<String> abbreviations, Set<String> numeralAbbreviations) {
        this.text = text;
        this.abbreviations = abbreviations;
        this.numeralAbbreviations = numeralAbbreviations;
        this.quoted = new boolean[text.length() + 1];
        this.closingStop = new boolean[text.length() + 1];
        for (QuoteSpan quote : quotes) {
            for (int i = quote.open(); i <= Math.min(quote.close(), text.length() - 1); i++) {
                quoted[i] = true;
            }
            int mark = QuoteScanner.twoApostrophesAt(text, quote.close() - 1) ? quote.close() - 1 : quote.close();
            if (quote.close() < text.length() && mark > 0 && ".!?".indexOf(text.charAt(mark - 1)) >= 0) {
                closingStop[quote.close()] = true;
            }
        }
    }

    boolean quoted(int offset) {
        return quoted[offset];
    }

    /** First offset of the sentence holding position, not before floor. */
    int start(int position, int floor) {
        for (int i = position - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && isStop(i - 1)) {
                return skipSpace(i, position);
            }
        }
        return skipSpace(floor, position);
    }

    /** Offset just past the end of the sentence holding position, not beyond ceiling. */
    int end(int position, int ceiling) {
        for (int i = position; i < ceiling; i++) {
            if (isStop(i) && (i + 1 >= ceiling || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return ceiling;
    }

    /** The first offset at or after from that is not white space, at most limit. */
    int skipSpace(int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Number of words in text[from,to). */
    int words(int from, int to) {
        Matcher matcher = WORD.matcher(text).region(from, Math.max(from, to));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The words of text[from,to) in lower case, contractions kept whole. */
    List<String> lowerCaseWords(int from, int to) {
        List<String> words = new java.util.ArrayList<>();
        Matcher matcher = WHOLE_WORD.matcher(text).region(from, Math.max(from, to));
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private boolean isStop(int i) {
        if (i < 0) {
            return false;
        }
        if (quoted[i]) {
            return closingStop[i];
        }
        char c = text.charAt(i);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        if (INITIALS.matcher(word).matches() && Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        if (numeralAbbreviations.contains(word)) {
            int next = skipSpace(i + 1, text.length());
            return next == text.length() || !Character.isDigit(text.charAt(next));
        }
        return !abbreviations.contains(word);
    }
}

package io.claimdesk.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks paragraph by paragraph. Double marks (curly, straight, guillemets, two apostrophes) nest
 * around single ones; a closing single curly mark between letters is an apostrophe (don’t), as is one with no open
 * single quote (Workers’ Party). A double quotation left open at the end of a paragraph runs to the paragraph end
 * and, when the next paragraph opens with a double mark, continues there.
 */
final class QuoteScanner {

    private static final char DOUBLE = 'd';
    private static final char SINGLE_CURLY = 's';
    private static final char SINGLE_STRAIGHT = 'q';

    /** "WHITFIELD: …" in a transcript: a capitalized speaker label opening the quotation. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}.'’\\-]+(?: \\p{Lu}[\\p{Lu}.'’\\-]+){0,2}):\\s+");

    private record Mark(char kind, int at) {
    }

    List<QuoteSpan> scan(String text, List<Paragraph> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (!paragraph.furniture()) {
                scanParagraph(text, paragraph, nextBody(paragraphs, p), spans);
            }
        }
        return spans;
    }

    private static Paragraph nextBody(List<Paragraph> paragraphs, int p) {
        for (int i = p + 1; i < paragraphs.size(); i++) {
            if (!paragraphs.get(i).furniture()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }

    private static void scanParagraph(String text, Paragraph paragraph, Paragraph next, List<QuoteSpan> spans) {
        Deque<Mark> stack = new ArrayDeque<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
            char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '“', '„', '«' -> stack.push(new Mark(DOUBLE, i));
                case '”', '»' -> close(text, stack, DOUBLE, i, paragraph, spans);
                case '"' -> {
                    if (contains(stack, DOUBLE)) {
                        close(text, stack, DOUBLE, i, paragraph, spans);
                    } else {
                        stack.push(new Mark(DOUBLE, i));
                    }
                }
                case '‘' -> {
                    if (!Character.isLetter(before)) {
                        stack.push(new Mark(SINGLE_CURLY, i));
                    }
                }
                case '’' -> {
                    boolean apostrophe = Character.isLetterOrDigit(before) && Character.isLetter(after)
                            || pluralPossessive(text, i, paragraph.end());
                    if (!apostrophe && contains(stack, SINGLE_CURLY)) {
                        close(text, stack, SINGLE_CURLY, i, paragraph, spans);
                    }
                }
                case '\'' -> {
                    if (after == '\'') {
                        // '' … '': some news archives write a double mark as two apostrophes, on both sides.
                        // Right after a letter or digit they open nothing: a 55'' screen is measured in inches.
                        if (contains(stack, DOUBLE)) {
                            close(text, stack, DOUBLE, i, paragraph, spans);
                        } else if (!Character.isLetterOrDigit(before)) {
                            stack.push(new Mark(DOUBLE, i));
                        }
                        i++;
                        break;
                    }
                    if (Character.isLetterOrDigit(before) && Character.isLetter(after)) {
                        break;
                    }
                    if (contains(stack, SINGLE_STRAIGHT) && !Character.isWhitespace(before)) {
                        close(text, stack, SINGLE_STRAIGHT, i, paragraph, spans);
                    } else if (!Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                        stack.push(new Mark(SINGLE_STRAIGHT, i));
                    }
                }
                default -> {
                }
            }
        }
        Mark open = outermostDouble(stack);
        if (open != null) {
            boolean continues = next != null && opensDouble(text, next.start());
            add(spans, text, open.at(), paragraph.end(), paragraph, continues, false);
        }
    }

    /** "the farmers’ union" inside ‘…’: an s’ before a lower-case word, with a closing mark still to come. */
    private static boolean pluralPossessive(String text, int at, int end) {
        if (at == 0 || text.charAt(at - 1) != 's' || at + 2 >= end || text.charAt(at + 1) != ' '
                || !Character.isLowerCase(text.charAt(at + 2))) {
            return false;
        }
        int next = text.indexOf('’', at + 1);
        return next > 0 && next < end;
    }

    private static boolean opensDouble(String text, int at) {
        char c = text.charAt(at);
        return c == '“' || c == '"' || c == '„' || c == '«' || twoApostrophesAt(text, at);
    }

    /** Two apostrophes standing for one double mark, as some news archives write it. */
    static boolean twoApostrophesAt(String text, int at) {
        return text.startsWith("''", at);
    }

    private static boolean contains(Deque<Mark> stack, char kind) {
        for (Mark mark : stack) {
            if (mark.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static Mark outermostDouble(Deque<Mark> stack) {
        Mark found = null;
        for (Mark mark : stack) {
            if (mark.kind() == DOUBLE) {
                found = mark;
            }
        }
        return found;
    }

    /** Pops up to the nearest open mark of the kind; a span is recorded when that mark was the outermost. */
    private static void close(String text, Deque<Mark> stack, char kind, int at, Paragraph paragraph,
            List<QuoteSpan> spans) {
        while (!stack.isEmpty()) {
            Mark mark = stack.pop();
            if (mark.kind() == kind) {
                if (stack.isEmpty()) {
                    add(spans, text, mark.at(), at, paragraph, false, kind != DOUBLE);
                }
                return;
            }
        }
    }

    private static void add(List<QuoteSpan> spans, String text, int open, int close, Paragraph paragraph,
            boolean continues, boolean single) {
        if (Nicknames.at(text, open) == close + 2) {
            // Marcia "Cia" Price: part of a name, not a quotation.
            return;
        }
        int start = twoApostrophesAt(text, open) ? open + 2 : open + 1;
        int end = close;
        if (twoApostrophesAt(text, close)) {
            close++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String label = null;
        Matcher speaker = SPEAKER_LABEL.matcher(text).region(start, end);
        if (speaker.lookingAt()) {
            label = speaker.group(1);
            start = speaker.end();
        }
        if (end > start) {
            spans.add(new QuoteSpan(open, close, start, end, paragraph.index(), single, continues, label));
        }
    }
}

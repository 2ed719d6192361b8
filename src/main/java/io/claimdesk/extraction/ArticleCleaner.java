package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits raw page text into lines and marks page furniture: navigation, breadcrumbs, bylines, copyright and
 * disclaimer lines, share and comment prompts, photo captions, repeated lines and lines in other scripts.
 */
final class ArticleCleaner {

    /**
     * Cleaning comes before the language is detected (detection reads only lines that are no furniture), so
     * furniture is told by the words of English.
     */
    private static final Language LANGUAGE = Language.english();
    /** Short lines opening with navigation, prompts, captions or page labels. */
    private static final Pattern FURNITURE_START = LANGUAGE.pattern("furniture-start");
    /** Legal notes and editor's notes, furniture whatever their length. */
    private static final Pattern LEGAL_START = LANGUAGE.pattern("legal-start");
    private static final Pattern BYLINE = LANGUAGE.pattern("byline");
    private static final int MAX_PROMPT_LINE = 120;
    /** Marks that stand anywhere in a furniture line: breadcrumb separators, the copyright sign, spam filters. */
    private static final Pattern FURNITURE_MARK = Pattern.compile("\\s[»›]\\s|©|(?i:akismet)");
    /** A caption ends with a bracketed credit ("[AP/YONHAP]"). */
    private static final Pattern CREDIT = Pattern.compile("\\[[\\p{Lu}\\s/.,&-]{2,}\\]$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\[email protected\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String title = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                String line = text.substring(start, end);
                boolean repeated = !seen.add(line) && line.length() > 30
                        || title != null && line.length() > title.length() && line.startsWith(title);
                boolean furniture = repeated || isFurniture(line);
                if (title == null && !furniture && line.length() > 30) {
                    title = line;
                }
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, line, furniture));
            }
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }

    static boolean isFurniture(String line) {
        boolean prompt = line.length() <= MAX_PROMPT_LINE
                && FURNITURE_START.matcher(line).region(leadingMarks(line), line.length()).lookingAt();
        if (prompt || LEGAL_START.matcher(line).lookingAt() || FURNITURE_MARK.matcher(line).find()
                || line.endsWith("]") && CREDIT.matcher(line).find() || BYLINE.matcher(line).matches()) {
            return true;
        }
        if (line.length() < 200 && EMAIL.matcher(line).find() && words(line) < 12) {
            return true;
        }
        if (!mostlyLatin(line)) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = ".:?!”\"’'…)".indexOf(last) >= 0;
        return !sentenceEnd && line.length() < 40 && words(line) <= 3;
    }

    /** Scraped prompts are sometimes wrapped in quotation marks ("\"Follow X on Twitter\""). */
    private static int leadingMarks(String line) {
        int i = 0;
        while (i < line.length() && "\"“‘'".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static int words(String line) {
        var matcher = WORD.matcher(line);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static boolean mostlyLatin(String line) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128) {
                if (Character.isLetter(c)) {
                    letters++;
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 || latin * 10 >= letters * 7;
    }
}

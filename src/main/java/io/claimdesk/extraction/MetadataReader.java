package io.claimdesk.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, bylines, publisher, publication date and language from the lines of a page. */
final class MetadataReader {

    private static final Pattern EMAIL = Pattern.compile("\\[?[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)\\]?|\\[email protected\\]");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\)|Copyright|COPYRIGHT)\\s*(?:\\([cC]\\)\\s*)?(?:\\d{4}\\s*(?:-\\s*\\d{4}\\s*)?)?(?:[Bb]y\\s+)?"
                    + "(?<owner>\\p{Lu}[^()\\[\\].,|\\n]{1,60}?)\\s*(?:\\(|\\.|,|\\||[Aa]ll [Rr]ights|$)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\b");
    private static final int HEADER_LINES = 12;
    private static final int LANGUAGE_SAMPLE_WORDS = 300;
    /** Page chrome naming the outlet is short ("… connect with the Korea JoongAng Daily"). */
    private static final int MAX_CHROME_LINE = 150;

    private final NameFinder names;
    private final Language language;
    private final Pattern byline;
    private final Pattern dateLabel;
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;

    MetadataReader(NameFinder names, Language language) {
        this.names = names;
        this.language = language;
        this.byline = language.pattern("byline");
        this.dateLabel = language.pattern("date-label");
        this.monthDayYear = language.pattern("month-day-year");
        this.dayMonthYear = language.pattern("day-month-year");
    }

    ArticleMetadata read(List<Paragraph> paragraphs) {
        return new ArticleMetadata(title(paragraphs), authors(paragraphs), publisher(paragraphs), date(paragraphs),
                language(paragraphs));
    }

    private static String title(List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            if (!paragraph.furniture() && ArticleCleaner.words(paragraph.text()) >= 3) {
                return paragraph.text();
            }
        }
        return null;
    }

    private List<String> authors(List<Paragraph> paragraphs) {
        List<String> authors = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Matcher matcher = byline.matcher(paragraph.text());
            if (!matcher.matches()) {
                continue;
            }
            if (matcher.group("reporter") != null) {
                authors.add(personName(matcher.group("reporter")));
                continue;
            }
            String by = BRACKETS.matcher(EMAIL.matcher(matcher.group("by")).replaceAll(" ")).replaceAll(" ").trim();
            for (String part : AUTHOR_SEPARATOR.split(by)) {
                if (part.isBlank()) {
                    continue;
                }
                // A lower-case byline is a site account ("by times news cr"), kept only when no reporter is named.
                if (Character.isUpperCase(part.charAt(0))) {
                    authors.add(personName(part.trim()));
                } else {
                    handles.add(part.trim());
                }
            }
        }
        return authors.isEmpty() ? handles : authors;
    }

    /** "LIM JEONG-WON" becomes "Lim Jeong-won"; names already in mixed case are kept. */
    static String personName(String raw) {
        String name = raw.trim().replaceAll("\\s+", " ");
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private String publisher(List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            Matcher matcher = COPYRIGHT.matcher(paragraph.text());
            if (matcher.find()) {
                return matcher.group("owner").trim();
            }
        }
        String domain = mailDomain(paragraphs);
        String outlet = domain == null ? null : domain.substring(0, domain.indexOf('.'));
        String chrome = null;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.text().length() > MAX_CHROME_LINE || !paragraph.furniture()
                    && (outlet == null || !ActorNames.key(paragraph.text()).contains(outlet))) {
                continue;
            }
            for (Name name : names.find(paragraph.text(), 0, paragraph.text().length())) {
                if (name.kind() != SpeakerKind.MEDIA || name.singleWord()) {
                    continue;
                }
                // An outlet named like the reporters' mail domain ("Korea JoongAng Daily", joongang.co.kr) is the publisher.
                if (outlet != null && ActorNames.key(name.text()).contains(outlet)) {
                    return name.text();
                }
                if (chrome == null && paragraph.furniture()) {
                    chrome = name.text();
                }
            }
        }
        return chrome != null ? chrome : domain;
    }

    /** The domain of the first mail address in the page chrome ("joongang.co.kr"). */
    private static String mailDomain(List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            Matcher matcher = EMAIL.matcher(paragraph.text());
            if (paragraph.furniture() && matcher.find() && matcher.group(1) != null) {
                return matcher.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private LocalDate date(List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            if (dateLabel.matcher(paragraph.text()).find()) {
                LocalDate date = parseDate(paragraph.text());
                if (date != null) {
                    return date;
                }
            }
        }
        for (int i = 0; i < Math.min(HEADER_LINES, paragraphs.size()); i++) {
            String line = paragraphs.get(i).text();
            if (ArticleCleaner.words(line) <= 8) {
                LocalDate date = parseDate(line);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    LocalDate parseDate(String line) {
        try {
            Matcher matcher = monthDayYear.matcher(line);
            if (matcher.find()) {
                return LocalDate.of(Integer.parseInt(matcher.group(3)), month(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)));
            }
            matcher = dayMonthYear.matcher(line);
            if (matcher.find()) {
                return LocalDate.of(Integer.parseInt(matcher.group(3)), month(matcher.group(2)),
                        Integer.parseInt(matcher.group(1)));
            }
            matcher = ISO_DATE.matcher(line);
            if (matcher.find()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
        } catch (DateTimeException invalid) {
            return null;
        }
        return null;
    }

    /** The number of a month as the date patterns caught it (its entry in months.txt). */
    private int month(String name) {
        return language.months.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    /**
     * The code of the language whose function words are most frequent in the body, provided they make up a share of
     * its words that text in that language has; else null. The first language listed wins a tie.
     */
    static String language(List<Paragraph> paragraphs) {
        List<Language> languages = Language.detectable();
        int[] functionWords = new int[languages.size()];
        int words = 0;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.furniture()) {
                continue;
            }
            if (words >= LANGUAGE_SAMPLE_WORDS) {
                break;
            }
            words += ArticleCleaner.words(paragraph.text());
            for (int i = 0; i < languages.size(); i++) {
                Matcher matcher = languages.get(i).functionWord.matcher(paragraph.text());
                while (matcher.find()) {
                    functionWords[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < languages.size(); i++) {
            if (functionWords[i] > functionWords[best]) {
                best = i;
            }
        }
        return words >= 20 && functionWords[best] * 100 >= words * 8 ? languages.get(best).code : null;
    }
}

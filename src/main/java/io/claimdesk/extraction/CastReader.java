package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the cast of one article from every name written outside quotations: full names first, so that surnames,
 * titles with surnames and acronyms met anywhere resolve to them. The first stage after the layout.
 */
final class CastReader {

    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’\\-]\\p{L}+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");
    private static final int MAX_HEADLINE = 200;
    private static final int GENDER_WINDOW = 200;

    private record ShortName(Name name, boolean subject) {
    }

    private final String text;
    private final Sentences sentences;
    private final NameFinder names;
    private final RoleReader roles;
    private final Language language;
    private final Pattern genderedPronoun;
    private final Pattern insideOpeningClause;
    private final Cast cast;
    private final List<ShortName> shortNames = new ArrayList<>();
    /** Start of the sentence whose subject was seen last: only the first full name in subject position counts. */
    private int subjectSentence = -1;

    private CastReader(String text, Sentences sentences, NameFinder names, RoleReader roles, Language language) {
        this.text = text;
        this.sentences = sentences;
        this.names = names;
        this.roles = roles;
        this.language = language;
        this.genderedPronoun = language.pattern("gendered-pronoun");
        this.insideOpeningClause = language.pattern("inside-opening-clause");
        this.cast = new Cast(language);
    }

    /** The cast of the article laid out. */
    static Cast read(TextLayout layout, NameFinder names) {
        Language language = layout.language();
        return new CastReader(layout.text(), layout.sentences(), names, new RoleReader(language), language)
                .read(layout.paragraphs(), layout.quotes());
    }

    private Cast read(List<Paragraph> paragraphs, List<QuoteSpan> quotes) {
        int q = 0;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.furniture() || isTitleCase(paragraph.text())) {
                continue;
            }
            int from = paragraph.start();
            while (q < quotes.size() && quotes.get(q).open() < paragraph.end()) {
                QuoteSpan quote = quotes.get(q++);
                if (quote.open() >= from) {
                    readSegment(from, quote.open(), paragraph);
                    from = Math.min(paragraph.end(), quote.close() + 1);
                }
            }
            readSegment(from, paragraph.end(), paragraph);
        }
        for (ShortName found : shortNames) {
            Name name = found.name();
            Cast.Member actor = cast.findShort(name.text(), name.title(), name.start());
            boolean group = language.groupNouns.contains(name.text().toLowerCase(Locale.ROOT));
            boolean recurringSubject = found.subject() && SURNAME.matcher(name.text()).matches() && !group
                    && occurrences(name.text()) >= 2;
            if (actor == null && (name.title() != null || name.kind() != SpeakerKind.PERSON || recurringSubject)) {
                // "House Democrats": a party or group named by its members, which "they" may stand for.
                actor = cast.addShort(name, group ? SpeakerKind.ORGANIZATION : name.kind(), name.title(), found.subject());
            }
            if (actor != null) {
                actor.confirmed |= actor.kind == SpeakerKind.PERSON;
                cast.mention(name.start(), name.end(), actor, found.subject());
            }
        }
        learnGenders();
        return cast;
    }

    /**
     * "Ashby said she …": a feminine or masculine pronoun in the sentence of a subject mention, before anyone else is
     * named, tells the gender of that actor when titles and given names do not.
     */
    private void learnGenders() {
        List<Cast.Mention> mentions = cast.mentions();
        Map<Cast.Member, int[]> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Cast.Mention mention = mentions.get(i);
            if (!mention.subject() || mention.actor().kind != SpeakerKind.PERSON) {
                continue;
            }
            int end = sentences.end(mention.end(), Math.min(text.length(), mention.end() + GENDER_WINDOW));
            if (i + 1 < mentions.size()) {
                end = Math.min(end, mentions.get(i + 1).start());
            }
            Matcher pronoun = genderedPronoun.matcher(text).region(mention.end(), Math.max(mention.end(), end));
            while (pronoun.find()) {
                if (!sentences.quoted(pronoun.start())) {
                    String word = pronoun.group().toLowerCase(Locale.ROOT);
                    boolean feminine = language.femalePronouns.contains(word);
                    votes.computeIfAbsent(mention.actor(), actor -> new int[2])[feminine ? 0 : 1]++;
                }
            }
        }
        votes.forEach((actor, count) -> {
            if (count[0] > count[1]) {
                actor.pronounGender = 'f';
            } else if (count[1] > count[0]) {
                actor.pronounGender = 'm';
            }
        });
    }

    /**
     * Registers the full names of text[from,to) and keeps the short ones for later. A lone capitalized word may be a
     * sentence-initial adjective, so it takes the subject place of its sentence only with a title or as the surname
     * of someone already named.
     */
    private void readSegment(int from, int to, Paragraph paragraph) {
        if (to <= from) {
            return;
        }
        for (Name name : names.find(text, from, to)) {
            if (!name.isActor()) {
                continue;
            }
            int titleStart = name.title() == null ? name.start() : name.start() - name.title().length() - 1;
            boolean subject = name.kind() == SpeakerKind.PERSON
                    && roles.isSubject(text, titleStart, name.end(), paragraph.start(), paragraph.end());
            if (subject) {
                int sentence = sentences.start(titleStart, paragraph.start());
                // "Asked whether Trump could win, Ban demurred", "When Wallace died, Clinton said": the subject of a
                // clause opening the sentence is not the sentence's.
                subject = sentence != subjectSentence
                        && !insideOpeningClause.matcher(text).region(sentence, titleStart).matches();
                if (subject && (!name.singleWord() || name.title() != null
                        || cast.findShort(name.text(), null, name.start()) != null)) {
                    subjectSentence = sentence;
                }
            }
            boolean isShort = name.kind() == SpeakerKind.PERSON ? name.singleWord() : NameFinder.isAcronym(name.text());
            if (isShort) {
                shortNames.add(new ShortName(name, subject));
                continue;
            }
            String title = name.title() != null && language.hasTitleOrRole(name.title()) ? name.title() : null;
            String role = join(title, roles.before(text, titleStart, paragraph.start()),
                    roles.after(text, name.end(), paragraph.end()));
            cast.addFull(name, role, roles.acronymAfter(text, name.end(), paragraph.end()), subject);
        }
    }

    /** A lone capitalized word acting as subject is taken for a surname only when it recurs ("Varga joked …"). */
    private int occurrences(String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    /** Headlines in title case capitalize every word, so their capitalized runs are not names. */
    private static boolean isTitleCase(String line) {
        if (line.length() > MAX_HEADLINE) {
            return false;
        }
        var matcher = WORD.matcher(line);
        int words = 0;
        int capitalized = 0;
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() > 3) {
                words++;
                capitalized += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalized * 10 >= words * 9;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : ", ").append(part);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}

package io.claimdesk.extraction;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.claims.ClaimKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts article metadata, direct quotations and reported statements, each attributed to a resolved actor, from
 * raw scraped page text. Stateless and thread-safe; all offsets index the text as given.
 */
public final class ArticleExtractor {

    /** Labels, scare quotes and names ("‘mutt’", "‘game changer’") are not claims. */
    private static final int MIN_QUOTE_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 8;
    private static final int MAX_HEADLINE = 200;
    /** Words left in lower case inside titles ("Diplomatic and Security Dialogue"). */
    private static final java.util.Set<String> TITLE_SMALL_WORDS =
            java.util.Set.of("and", "of", "the", "for", "in", "on", "to", "a", "an", "or", "at", "with");
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’\\-]\\p{L}+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final QuoteScanner scanner = new QuoteScanner();
    private final NameFinder names = new NameFinder();
    private final RoleReader roles = new RoleReader();
    private final MetadataReader metadata = new MetadataReader(names);
    private final FigureParser figures = new FigureParser();

    public Extraction extract(String rawText) {
        String raw = rawText == null ? "" : rawText;
        String text = withPlainSpaces(raw);
        List<Paragraph> paragraphs = cleaner.split(text);
        List<QuoteSpan> quotes = scanner.scan(text, paragraphs);
        Sentences sentences = new Sentences(text, quotes);
        Cast cast = new Cast();
        registerNames(text, paragraphs, quotes, sentences, cast);
        SpeakerResolver speakers = new SpeakerResolver(text, cast, names);
        List<AttributionFinder.Attribution> attributions =
                new AttributionFinder(text, paragraphs, sentences, speakers).attribute(quotes);
        List<StatementFinder.Statement> statements = new StatementFinder(text, sentences, speakers).find(paragraphs);

        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan quote = quotes.get(i);
            AttributionFinder.Attribution attribution = attributions.get(i);
            if (attribution != null && isClaim(text, quote)) {
                String quoted = raw.substring(quote.start(), quote.end());
                claims.add(new ExtractedClaim(ClaimKind.QUOTE, quoted, quote.start(), quote.end(),
                        attribution.actor().ref(), attribution.cue(), attribution.mode(), attribution.confidence(),
                        figures.parse(quoted)));
            }
        }
        for (StatementFinder.Statement statement : statements) {
            String reported = raw.substring(statement.start(), statement.end());
            claims.add(new ExtractedClaim(ClaimKind.STATEMENT, reported, statement.start(), statement.end(),
                    statement.actor().ref(), statement.cue(), AttributionMode.INDIRECT, statement.confidence(),
                    figures.parse(reported)));
        }
        claims.sort(Comparator.comparingInt(ExtractedClaim::start));
        return new Extraction(metadata.read(paragraphs), claims);
    }

    /** No-break and thin spaces become plain ones, char for char, so that every offset still indexes the raw text. */
    private static String withPlainSpaces(String raw) {
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\u00a0' || chars[i] == '\u2009' || chars[i] == '\u202f' || chars[i] == '\u2007') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Short labels and titles of works are quoted but claim nothing. */
    private static boolean isClaim(String text, QuoteSpan quote) {
        var matcher = WORD.matcher(text).region(quote.start(), quote.end());
        int words = 0;
        int capitalized = 0;
        while (matcher.find()) {
            words++;
            String word = matcher.group();
            if (Character.isUpperCase(word.charAt(0)) || TITLE_SMALL_WORDS.contains(word)) {
                capitalized++;
            }
        }
        if (words < MIN_QUOTE_WORDS) {
            return false;
        }
        return !(words <= MAX_TITLE_WORDS && capitalized == words);
    }

    /**
     * Registers every name written outside quotations, full names first so that surnames, titles with surnames and
     * acronyms met anywhere resolve to them.
     */
    private record ShortName(Name name, boolean subject) {
    }

    private void registerNames(String text, List<Paragraph> paragraphs, List<QuoteSpan> quotes, Sentences sentences,
            Cast cast) {
        List<ShortName> shortNames = new ArrayList<>();
        int[] subjectSentence = {-1};
        int q = 0;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.furniture() || isTitleCase(paragraph.text())) {
                continue;
            }
            int from = paragraph.start();
            while (q < quotes.size() && quotes.get(q).open() < paragraph.end()) {
                QuoteSpan quote = quotes.get(q++);
                if (quote.open() >= from) {
                    registerSegment(text, from, quote.open(), paragraph, sentences, subjectSentence, cast, shortNames);
                    from = Math.min(paragraph.end(), quote.close() + 1);
                }
            }
            registerSegment(text, from, paragraph.end(), paragraph, sentences, subjectSentence, cast, shortNames);
        }
        for (ShortName found : shortNames) {
            Name name = found.name();
            Cast.Actor actor = cast.findShort(name.text(), name.title(), name.start());
            boolean recurringSubject = found.subject() && SURNAME.matcher(name.text()).matches()
                    && occurrences(text, name.text()) >= 2;
            if (actor == null && (name.title() != null || name.kind() != ActorKind.PERSON || recurringSubject)) {
                actor = cast.addShort(name, name.kind(), name.title());
            }
            if (actor != null) {
                actor.confirmed |= actor.kind == ActorKind.PERSON;
                cast.mention(name.start(), name.end(), actor, found.subject());
            }
        }
    }

    /**
     * Registers the names of text[from,to). Only the first full name in subject position counts as the subject of its
     * sentence (subjectSentence holds the start of the sentence whose subject was last seen); a lone capitalized word
     * may be a sentence-initial adjective, so it does not take the place.
     */
    private void registerSegment(String text, int from, int to, Paragraph paragraph, Sentences sentences,
            int[] subjectSentence, Cast cast, List<ShortName> shortNames) {
        if (to <= from) {
            return;
        }
        for (Name name : names.find(text, from, to)) {
            if (!name.isActor()) {
                continue;
            }
            int titleStart = name.title() == null ? name.start() : name.start() - name.title().length() - 1;
            boolean subject = name.kind() == ActorKind.PERSON
                    && roles.isSubject(text, titleStart, name.end(), paragraph.start(), paragraph.end());
            if (subject) {
                int sentence = sentences.start(titleStart, paragraph.start());
                subject = sentence != subjectSentence[0];
                if (subject && !name.singleWord()) {
                    subjectSentence[0] = sentence;
                }
            }
            boolean isShort = name.kind() == ActorKind.PERSON ? name.singleWord() : NameFinder.isAcronym(name.text());
            if (isShort) {
                shortNames.add(new ShortName(name, subject));
                continue;
            }
            String title = name.title() != null && Lexicon.hasTitleOrRole(name.title()) ? name.title() : null;
            String role = join(title, roles.before(text, titleStart, paragraph.start()),
                    roles.after(text, name.end(), paragraph.end()));
            cast.addFull(name, role, roles.acronymAfter(text, name.end(), paragraph.end()), subject);
        }
    }

    /** A lone capitalized word acting as subject is taken for a surname only when it recurs ("Scott joked …"). */
    private static int occurrences(String text, String word) {
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

package io.claimdesk.extraction;

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
    /** Reported speech around quoted words states more than the quotation when it adds a subject and a verb. */
    private static final int MIN_WORDS_AROUND_QUOTE = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");

    private final AttributionTagger tagger;
    private final ConfidenceCalibration calibration;
    private final FigureParser figures = new FigureParser();

    public ArticleExtractor() {
        this(AttributionTagger.english(), ConfidenceCalibration.english());
    }

    ArticleExtractor(AttributionTagger tagger, ConfidenceCalibration calibration) {
        this.tagger = tagger;
        this.calibration = calibration;
    }

    public Extraction extract(String rawText) {
        String raw = rawText == null ? "" : rawText;
        TextLayout layout = TextLayout.of(raw);
        String text = layout.text();
        List<Paragraph> paragraphs = layout.paragraphs();
        List<QuoteSpan> quotes = layout.quotes();
        Sentences sentences = layout.sentences();
        Language language = layout.language();
        NameFinder names = new NameFinder(language);
        Cast cast = new CastReader(text, sentences, names, new RoleReader(language), language).read(paragraphs, quotes);
        SpeakerResolver speakers = new SpeakerResolver(text, cast, names, language);
        List<AttributionFinder.Attribution> attributions =
                new AttributionFinder(text, paragraphs, sentences, speakers, language).attribute(quotes);
        // Statements resolve their own pronouns: the speaker carried over between quotations does not apply to them.
        List<StatementFinder.Statement> byRule = new StatementFinder(text, sentences,
                new SpeakerResolver(text, cast, names, language), language).find(paragraphs);
        List<StatementFinder.Statement> statements = new ArrayList<>();
        byRule.forEach(rule -> statements.add(calibrated(rule, ConfidenceCalibration.Finding.RULE_STATEMENT)));
        for (StatementFinder.Statement learned
                : new LearnedStatementFinder(layout, tagger, new SpeakerResolver(text, cast, names, language)).find()) {
            if (byRule.stream().noneMatch(rule -> rule.start() < learned.end() && learned.start() < rule.end())) {
                statements.add(calibrated(learned, ConfidenceCalibration.Finding.LEARNED_STATEMENT));
            }
        }

        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan quote = quotes.get(i);
            AttributionFinder.Attribution attribution = attributions.get(i);
            if (attribution != null && isClaim(text, quote, language)) {
                String quoted = raw.substring(quote.start(), quote.end());
                claims.add(new ExtractedClaim(FindingKind.QUOTE, quoted, quote.start(), quote.end(),
                        attribution.actor().ref(), attribution.cue(), attribution.mode(),
                        calibration.confidence(ConfidenceCalibration.Finding.QUOTE, attribution.confidence()),
                        figures.parse(quoted)));
            }
        }
        List<ExtractedClaim> quoteClaims = List.copyOf(claims);
        for (StatementFinder.Statement statement : statements) {
            if (statement.mode() == SpeechMode.MIXED && wordsOutside(sentences, statement, quoteClaims) < MIN_WORDS_AROUND_QUOTE) {
                // Hardly more than quoted words that are already a claim of their own.
                continue;
            }
            String reported = raw.substring(statement.start(), statement.end());
            claims.add(new ExtractedClaim(FindingKind.STATEMENT, reported, statement.start(), statement.end(),
                    statement.actor().ref(), statement.cue(), statement.mode(), statement.confidence(),
                    figures.parse(reported)));
        }
        claims.sort(Comparator.comparingInt(ExtractedClaim::start));
        return new Extraction(new MetadataReader(names).read(paragraphs), claims);
    }

    private StatementFinder.Statement calibrated(StatementFinder.Statement statement, ConfidenceCalibration.Finding finding) {
        return new StatementFinder.Statement(statement.start(), statement.end(), statement.actor(), statement.cue(),
                statement.mode(), calibration.confidence(finding, statement.confidence()));
    }

    /** Words of the statement outside the quotation claims it holds. */
    private static int wordsOutside(Sentences sentences, StatementFinder.Statement statement, List<ExtractedClaim> quotes) {
        int words = sentences.words(statement.start(), statement.end());
        for (ExtractedClaim quote : quotes) {
            if (quote.start() >= statement.start() && quote.end() <= statement.end()) {
                words -= sentences.words(quote.start(), quote.end());
            }
        }
        return words;
    }

    /** Short labels and titles of works are quoted but claim nothing. */
    private static boolean isClaim(String text, QuoteSpan quote, Language language) {
        var matcher = WORD.matcher(text).region(quote.start(), quote.end());
        int words = 0;
        int capitalized = 0;
        while (matcher.find()) {
            words++;
            String word = matcher.group();
            if (Character.isUpperCase(word.charAt(0)) || language.titleSmallWords.contains(word)) {
                capitalized++;
            }
        }
        if (words < MIN_QUOTE_WORDS) {
            return false;
        }
        return !(words <= MAX_TITLE_WORDS && capitalized == words);
    }
}

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
    private final SourceRanker ranker;
    private final StatementFilter filter;
    private final ConfidenceCalibration calibration;

    public ArticleExtractor() {
        this(AttributionTagger.english(), SourceRanker.english(), StatementFilter.english(), ConfidenceCalibration.english());
    }

    ArticleExtractor(AttributionTagger tagger, SourceRanker ranker, StatementFilter filter, ConfidenceCalibration calibration) {
        this.tagger = tagger;
        this.ranker = ranker;
        this.filter = filter;
        this.calibration = calibration;
    }

    /**
     * The pipeline. Each stage takes what the stages before it made and returns a new value: the layout (paragraphs,
     * quotations, sentences, language), the cast of the article, the attributions of quotations with the cast grown
     * by their speakers, the rule statements and then the learned ones (the contents the tagger marks that the
     * statement filter keeps), each with the cast grown again. Statements come after quotations because they resolve
     * their speakers against the cast the quotations left.
     */
    public Extraction extract(String rawText) {
        String raw = rawText == null ? "" : rawText;
        RuleStages rules = RuleStages.of(raw);
        TextLayout layout = rules.layout();
        SpeakerResolver learnedSpeakers = rules.speakersOnCopy();
        List<StatementFinder.Statement> learned = learnedStatements(rules, learnedSpeakers, filter).find();
        // Every speaker as the whole article describes them, whichever stage met them first.
        Cast speakers = learnedSpeakers.cast();

        FigureParser figures = new FigureParser(layout.language());
        List<ExtractedClaim> claims = quoteClaims(raw, layout, rules.quoted().byQuote(), speakers, figures);
        List<ExtractedClaim> quoteClaims = List.copyOf(claims);
        for (StatementFinder.Statement statement : statements(rules.byRule().found(), learned)) {
            if (statement.mode() == SpeechMode.MIXED
                    && wordsOutside(layout.sentences(), statement, quoteClaims) < MIN_WORDS_AROUND_QUOTE) {
                // Hardly more than quoted words that are already a claim of their own.
                continue;
            }
            String reported = raw.substring(statement.start(), statement.end());
            claims.add(new ExtractedClaim(FindingKind.STATEMENT, reported, statement.start(), statement.end(),
                    speakers.ref(statement.actor()), statement.cue(), statement.mode(), statement.confidence(),
                    figures.parse(reported)));
        }
        claims.sort(Comparator.comparingInt(ExtractedClaim::start));
        return new Extraction(new MetadataReader(rules.names(), layout.language()).read(layout.paragraphs()), claims);
    }

    /** The stages before the learned statements: layout, quotations and their speakers, statements found by rule. */
    private record RuleStages(TextLayout layout, NameFinder names, AttributionFinder.Attributions quoted,
            StatementFinder.Statements byRule) {

        static RuleStages of(String raw) {
            TextLayout layout = TextLayout.of(raw);
            NameFinder names = new NameFinder(layout.language());
            AttributionFinder.Attributions quoted = AttributionFinder.attribute(layout, CastReader.read(layout, names), names);
            return new RuleStages(layout, names, quoted, StatementFinder.find(layout, quoted.cast(), names));
        }

        /** A resolver of the learned statements' speakers, on a copy of the cast the rule stages left. */
        SpeakerResolver speakersOnCopy() {
            return SpeakerResolver.onCopyOf(byRule.cast(), layout, names);
        }
    }

    private LearnedStatementFinder learnedStatements(RuleStages rules, SpeakerResolver speakers, StatementFilter statementFilter) {
        return new LearnedStatementFinder(rules.layout(), tagger, ranker, statementFilter, speakers, rules.names());
    }

    /**
     * Every content the tagger marks that would make a statement whatever the statement filter says, with what the
     * filter reads of it, where no statement found by rule overlaps it: what the filter is learned from.
     */
    List<LearnedStatementFinder.Candidate> unfilteredStatements(String rawText) {
        RuleStages rules = RuleStages.of(rawText);
        List<StatementFinder.Statement> byRule = rules.byRule().found();
        return learnedStatements(rules, rules.speakersOnCopy(), StatementFilter.acceptingAll()).candidates().stream()
                .filter(candidate -> candidate.statement() != null && !overlapsAny(byRule, candidate.statement()))
                .toList();
    }

    /** The attributed quotations that are claims, with calibrated confidences. */
    private List<ExtractedClaim> quoteClaims(String raw, TextLayout layout, List<AttributionFinder.Attribution> attributions,
            Cast speakers, FigureParser figures) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < layout.quotes().size(); i++) {
            QuoteSpan quote = layout.quotes().get(i);
            AttributionFinder.Attribution attribution = attributions.get(i);
            if (attribution != null && isClaim(layout.text(), quote, layout.language())) {
                String quoted = raw.substring(quote.start(), quote.end());
                claims.add(new ExtractedClaim(FindingKind.QUOTE, quoted, quote.start(), quote.end(),
                        speakers.ref(attribution.actor()), attribution.cue(), attribution.mode(),
                        calibration.confidence(ConfidenceCalibration.Finding.QUOTE, attribution.confidence()),
                        figures.parse(quoted)));
            }
        }
        return claims;
    }

    /** Rule statements, then the learned ones that overlap none of them, with calibrated confidences. */
    private List<StatementFinder.Statement> statements(List<StatementFinder.Statement> byRule,
            List<StatementFinder.Statement> learned) {
        List<StatementFinder.Statement> statements = new ArrayList<>();
        byRule.forEach(rule -> statements.add(calibrated(rule, ConfidenceCalibration.Finding.RULE_STATEMENT)));
        for (StatementFinder.Statement statement : learned) {
            if (!overlapsAny(byRule, statement)) {
                statements.add(calibrated(statement, ConfidenceCalibration.Finding.LEARNED_STATEMENT));
            }
        }
        return statements;
    }

    private static boolean overlapsAny(List<StatementFinder.Statement> statements, StatementFinder.Statement statement) {
        return statements.stream().anyMatch(other -> other.start() < statement.end() && statement.start() < other.end());
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
            String word = matcher.group();
            // "She’s a fake" is a clause of four words, a claim; "game changer" is a label.
            int count = language.wordsIn(word);
            words += count;
            if (Character.isUpperCase(word.charAt(0)) || language.titleSmallWords.contains(word)) {
                capitalized += count;
            }
        }
        if (words < MIN_QUOTE_WORDS) {
            return false;
        }
        return !(words <= MAX_TITLE_WORDS && capitalized == words);
    }
}

package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality and speed of {@link ArticleExtractor} over the gold sets in ../shared/eval. Prints a table; asserts nothing
 * about speed. Run with {@code ./mvnw -B -q test -Pbenchmark}; add {@code -Dextraction.details=true} to list misses and
 * spurious quotes, {@code -Dextraction.devOnly=true} to leave out the train split.
 *
 * <p>Throughput is articles per second of CPU time on one thread; load time and heap are those of the first
 * extractor built, models included.
 *
 * <p>A required gold quote is found when an extracted QUOTE contains it or covers at least half of it (span overlap or
 * text containment); it is correctly attributed when the speaker name equals one of the gold names, contains one as
 * whole words, or is its surname. An extracted QUOTE is spurious when it matches no gold quote, ignore entry or
 * statement key, where matching is the same relation either way round (the claim covers half of the gold text, or
 * half of the claim lies inside it).
 */
@Tag("benchmark")
class ExtractionBenchmark {

    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final int WARM_UP_ROUNDS = 30;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    record GoldQuote(String exact, List<String> speakers, boolean required) {
    }

    record GoldStatement(String key, List<String> speakers) {
    }

    record Article(String name, String text, List<GoldQuote> quotes, List<GoldStatement> statements,
            List<String> excused) {
    }

    record Figures(String set, int articles, int required, int found, int attributed, int extracted, int spurious,
            int confident, int confidentRight, Statements statements, double perSecond, long allocatedPerArticle) {
        double confidentPrecision() {
            return confident == 0 ? 0 : (double) confidentRight / confident;
        }

        double recall() {
            return required == 0 ? 0 : (double) attributed / required;
        }

        double accuracy() {
            return found == 0 ? 0 : (double) attributed / found;
        }

        double spuriousRate() {
            return extracted == 0 ? 0 : (double) spurious / extracted;
        }
    }

    /**
     * Gold statements of six words or more; found: a STATEMENT claim holds at least 60 % of their words and is at
     * most 2.5 times as long plus five words; attributed: also with the right speaker. Extracted STATEMENT claims
     * matching no gold statement or quote count as unmatched (not all of them are wrong: the gold sets are partial).
     */
    record Statements(int gold, int found, int attributed, int extracted, int unmatched, int confident,
            int confidentRight) {
        double recall() {
            return gold == 0 ? 0 : (double) attributed / gold;
        }

        double foundRate() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        double unmatchedRate() {
            return extracted == 0 ? 0 : (double) unmatched / extracted;
        }

        double confidentPrecision() {
            return confident == 0 ? 0 : (double) confidentRight / confident;
        }

        Statements plus(Statements more) {
            return new Statements(gold + more.gold, found + more.found, attributed + more.attributed,
                    extracted + more.extracted, unmatched + more.unmatched, confident + more.confident,
                    confidentRight + more.confidentRight);
        }
    }

    @Test
    void reportsQualityAndSpeedOnGoldSets() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVAL), "no gold sets at " + EVAL.toAbsolutePath());
        boolean details = Boolean.getBoolean("extraction.details");
        String load = loadFigures();
        List<Figures> figures = new ArrayList<>();
        Path seedsGold = EVAL.resolve("seeds-dev-gold.json");
        Path seeds = EVAL.resolveSibling("seeds");
        if (Files.exists(seedsGold) && Files.isDirectory(seeds)) {
            figures.add(measure("seeds-dev", load(seedsGold, seeds), details, System.out));
        }
        Path polnear = EVAL.resolve("polnear-dev");
        if (Files.isDirectory(polnear)) {
            figures.add(measure("polnear-dev", load(polnear.resolve("gold.json"), polnear.resolve("articles")), details,
                    System.out));
        }
        Path train = EVAL.resolve("polnear-train");
        if (Files.isDirectory(train) && !Boolean.getBoolean("extraction.devOnly")) {
            figures.add(measure("polnear-train", fromCorpus(PolnearCorpus.read(train)), false, System.out));
        }
        print(figures, System.out);
        System.out.println(load);
    }

    static List<Article> load(Path gold, Path texts) throws IOException {
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.get("articles").properties()) {
            JsonNode node = entry.getValue();
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode quote : node.path("quotes")) {
                quotes.add(new GoldQuote(quote.get("exact").asText(), speakers(quote), quote.path("required").asBoolean()));
            }
            List<GoldStatement> statements = new ArrayList<>();
            for (JsonNode statement : node.path("statements")) {
                statements.add(new GoldStatement(statement.get("key").asText(), speakers(statement)));
            }
            List<String> excused = new ArrayList<>();
            node.path("ignore").forEach(span -> excused.add(span.asText()));
            statements.forEach(statement -> excused.add(statement.key()));
            String text = Files.readString(texts.resolve(entry.getKey()), StandardCharsets.UTF_8);
            articles.add(new Article(entry.getKey(), text, quotes, statements, excused));
        }
        return articles;
    }

    private static List<String> speakers(JsonNode entry) {
        List<String> speakers = new ArrayList<>();
        entry.path("speaker").forEach(name -> speakers.add(name.asText()));
        return speakers;
    }

    /**
     * Gold from the corpus annotation itself: a content made of quotations (two apostrophes counting as one double
     * mark) gives each as a quote (required from four words), any other content is a statement. The speaker is the
     * source as written and, where that is a pronoun or relative word, the nearest source annotated before it that
     * names someone: a rough stand-in for coreference, so train figures are a lower bound and compare with dev
     * figures only roughly.
     */
    static List<Article> fromCorpus(List<PolnearCorpus.Document> documents) {
        List<Article> articles = new ArrayList<>();
        for (PolnearCorpus.Document document : documents) {
            String text = document.text();
            List<GoldQuote> quotes = new ArrayList<>();
            List<GoldStatement> statements = new ArrayList<>();
            List<String> excused = new ArrayList<>();
            List<PolnearCorpus.Attribution> ordered = document.attributions().stream()
                    .sorted(java.util.Comparator.comparingInt(a -> a.source() == null ? a.cue().start() : a.source().start()))
                    .toList();
            String lastNamed = null;
            for (PolnearCorpus.Attribution attribution : ordered) {
                List<String> speakers = new ArrayList<>();
                if (attribution.source() != null) {
                    // Some annotated sources end in a no-break space ("Powe\u00a0"), which strip() keeps.
                    String source = text.substring(attribution.source().start(), attribution.source().end())
                            .replace('\u00a0', ' ').strip();
                    if (REFERRING_WORDS.contains(source.toLowerCase(Locale.ROOT))) {
                        if (lastNamed != null) {
                            speakers.add(lastNamed);
                        }
                    } else {
                        speakers.add(source);
                        lastNamed = source;
                    }
                }
                String content = text.substring(attribution.content().start(), attribution.content().end()).strip();
                excused.add(content);
                List<String> quotations = quotations(text, attribution.contentParts());
                if (quotations.isEmpty()) {
                    statements.add(new GoldStatement(content, speakers));
                }
                for (String exact : quotations) {
                    quotes.add(new GoldQuote(exact, speakers, words(exact).size() >= 4));
                    excused.add(exact);
                }
            }
            articles.add(new Article(document.name(), text, quotes, statements, excused));
        }
        return articles;
    }

    /**
     * The quotations a content consists of, none when it holds words outside quotation marks: "“A,” she said, “B.”"
     * is annotated as one content in two parts, "“A.” “B.”" as one part.
     */
    static List<String> quotations(String text, List<PolnearCorpus.Span> parts) {
        List<String> quotations = new ArrayList<>();
        for (PolnearCorpus.Span part : parts) {
            String written = text.substring(part.start(), part.end());
            Matcher quoted = QUOTED.matcher(written);
            StringBuilder outside = new StringBuilder();
            int from = 0;
            while (quoted.find()) {
                outside.append(written, from, quoted.start());
                quotations.add(quoted.group(1).strip());
                from = quoted.end();
            }
            outside.append(written.substring(from));
            if (WORD.matcher(outside).find()) {
                return List.of();
            }
        }
        return quotations;
    }

    private static final java.util.Set<String> REFERRING_WORDS = java.util.Set.of("he", "she", "they", "it", "i", "we",
            "you", "who", "which", "that", "his", "her", "their", "its", "him", "them", "me", "us", "whom");
    private static final Pattern QUOTED = Pattern.compile("(?s)(?:''|[“\"‘'](?!'))((?:(?!'')[^“”\"])+)(?:''|[”\"’'])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_STATEMENT_WORDS = 6;
    private static final double STATEMENT_COVER = 0.6;

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The claim holds at least 60 % of the gold words and is at most 2.5 times as long plus five words. */
    static boolean findsStatement(ExtractedClaim claim, String gold) {
        return findsStatement(claim.text(), gold);
    }

    static boolean findsStatement(String text, String gold) {
        List<String> goldWords = words(gold);
        List<String> claimWords = words(text);
        if (claimWords.size() > 2.5 * goldWords.size() + 5) {
            return false;
        }
        Map<String, Integer> available = new java.util.HashMap<>();
        claimWords.forEach(word -> available.merge(word, 1, Integer::sum));
        int held = 0;
        for (String word : goldWords) {
            Integer left = available.get(word);
            if (left != null && left > 0) {
                available.put(word, left - 1);
                held++;
            }
        }
        return held >= STATEMENT_COVER * goldWords.size();
    }

    /** A STATEMENT claim is right when it finds a gold statement, or matches a gold quote, with its speaker. */
    static boolean statementRight(Article article, ExtractedClaim claim) {
        return article.statements().stream().anyMatch(statement -> findsStatement(claim, statement.key())
                && attributedTo(claim, statement.speakers()))
                || article.quotes().stream().anyMatch(quote -> matches(article.text(), claim, quote.exact())
                && attributedTo(claim, quote.speakers()));
    }

    /**
     * A QUOTE claim is right when it matches a gold quote and its speaker, or lies within a gold statement and has
     * its speaker (a quotation quoted inside reported speech, or one part of a content its cue splits).
     */
    static boolean quoteRight(Article article, ExtractedClaim claim) {
        return article.quotes().stream().anyMatch(gold -> matches(article.text(), claim, gold.exact())
                && attributedTo(claim, gold.speakers()))
                || article.statements().stream().anyMatch(gold -> gold.key().contains(claim.text())
                && attributedTo(claim, gold.speakers()));
    }

    static Statements measureStatements(Article article, List<ExtractedClaim> claims, boolean details, PrintStream out) {
        List<ExtractedClaim> statements = claims.stream().filter(claim -> claim.kind() == FindingKind.STATEMENT).toList();
        int gold = 0;
        int found = 0;
        int attributed = 0;
        for (GoldStatement statement : article.statements()) {
            if (words(statement.key()).size() < MIN_STATEMENT_WORDS) {
                continue;
            }
            gold++;
            List<ExtractedClaim> matching = statements.stream().filter(claim -> findsStatement(claim, statement.key())).toList();
            boolean correct = matching.stream().anyMatch(claim -> attributedTo(claim, statement.speakers()));
            found += matching.isEmpty() ? 0 : 1;
            attributed += correct ? 1 : 0;
            if (details && !correct) {
                out.printf("SMISS  %s | %s | gold %s | got %s%n", article.name(), shorten(statement.key()),
                        statement.speakers(), matching.stream().map(claim -> claim.speaker().name()).toList());
            }
        }
        int unmatched = 0;
        int confident = 0;
        int confidentRight = 0;
        for (ExtractedClaim claim : statements) {
            boolean right = statementRight(article, claim);
            boolean matched = right || article.excused().stream().anyMatch(span -> matches(article.text(), claim, span)
                    || findsStatement(claim, span));
            unmatched += matched ? 0 : 1;
            if (claim.confidence() >= 0.8) {
                confident++;
                confidentRight += right ? 1 : 0;
            }
            if (details && !matched) {
                out.printf("SSPUR  %s | %s | %s [%s]%n", article.name(), shorten(claim.text()), claim.speaker().name(),
                        claim.cue());
            }
        }
        return new Statements(gold, found, attributed, statements.size(), unmatched, confident, confidentRight);
    }

    static Figures measure(String set, List<Article> articles, boolean details, PrintStream out) {
        ArticleExtractor extractor = new ArticleExtractor();
        int required = 0;
        int found = 0;
        int attributed = 0;
        int extracted = 0;
        int spurious = 0;
        int confident = 0;
        int confidentRight = 0;
        Statements statements = new Statements(0, 0, 0, 0, 0, 0, 0);
        for (Article article : articles) {
            List<ExtractedClaim> claims = extractor.extract(article.text()).claims();
            Statements more = measureStatements(article, claims, details, out);
            statements = statements.plus(more);
            List<ExtractedClaim> quotes = claims.stream().filter(claim -> claim.kind() == FindingKind.QUOTE).toList();
            for (GoldQuote gold : article.quotes()) {
                if (!gold.required()) {
                    continue;
                }
                required++;
                List<ExtractedClaim> matching = quotes.stream().filter(claim -> finds(article.text(), claim, gold.exact())).toList();
                boolean correct = matching.stream().anyMatch(claim -> attributedTo(claim, gold.speakers()));
                found += matching.isEmpty() ? 0 : 1;
                attributed += correct ? 1 : 0;
                if (details && !correct) {
                    out.printf("MISS   %s | %s | gold %s | got %s%n", article.name(), shorten(gold.exact()),
                            gold.speakers(), matching.isEmpty() ? "-" : matching.stream()
                                    .map(claim -> claim.speaker().name() + " [" + claim.cue() + "]").toList());
                }
            }
            for (ExtractedClaim claim : quotes) {
                extracted++;
                if (claim.confidence() >= 0.8) {
                    confident++;
                    confidentRight += quoteRight(article, claim) ? 1 : 0;
                }
                boolean matches = article.quotes().stream().anyMatch(gold -> matches(article.text(), claim, gold.exact()))
                        || article.excused().stream().anyMatch(span -> matches(article.text(), claim, span));
                if (!matches) {
                    spurious++;
                    if (details) {
                        out.printf("SPUR   %s | %s | %s [%s]%n", article.name(), shorten(claim.text()),
                                claim.speaker().name(), claim.cue());
                    }
                }
            }
        }
        return new Figures(set, articles.size(), required, found, attributed, extracted, spurious, confident,
                confidentRight, statements,
                throughput(extractor, articles), allocatedPerArticle(extractor, articles));
    }

    /** Found: the claim contains the gold text or covers at least half of it. */
    static boolean finds(String text, ExtractedClaim claim, String gold) {
        if (claim.text().contains(gold)) {
            return true;
        }
        if (gold.contains(claim.text()) && claim.text().length() * 2 >= gold.length()) {
            return true;
        }
        return maxOverlap(text, claim, gold) * 2 >= gold.length();
    }

    /** Either way round: the claim covers half of the gold text, or half of the claim lies inside it. */
    static boolean matches(String text, ExtractedClaim claim, String gold) {
        if (gold.isEmpty()) {
            return false;
        }
        if (finds(text, claim, gold) || gold.contains(claim.text())) {
            return true;
        }
        return maxOverlap(text, claim, gold) * 2 >= claim.text().length();
    }

    private static int maxOverlap(String text, ExtractedClaim claim, String gold) {
        int best = 0;
        for (int at = text.indexOf(gold); at >= 0; at = text.indexOf(gold, at + 1)) {
            best = Math.max(best, Math.min(claim.end(), at + gold.length()) - Math.max(claim.start(), at));
        }
        return best;
    }

    /**
     * The speaker name equals a gold name, contains one as whole words, or is its surname. A gold name may carry an
     * honorific, a party label in parentheses or an appositive: "Mr. Kelly, a retired astronaut" matches "Mark Kelly"
     * (same surname after the honorific), "Secretary of Homeland Security Jeh Johnson" and "Rep. Bobby Scott (D-Va.)"
     * match "Jeh Johnson" and "Bobby Scott" (a part between commas ends with the speaker's name), "her adviser, Jake
     * Sullivan," matches "Jake Sullivan", "Biden, who served as a senator," matches "Joe Biden" (the surname the
     * appositive follows), and "Gov. Terry Branstad of Iowa" and "Mr. Burman of the Tax Policy Center" match "Terry
     * Branstad" and "Leonard Burman" (the name an "of" phrase follows).
     */
    static boolean attributedTo(ExtractedClaim claim, List<String> names) {
        return attributedTo(claim.speaker().name(), names);
    }

    static boolean attributedTo(String speakerName, List<String> names) {
        String speaker = speakerName.toLowerCase(Locale.ROOT).trim();
        if (speaker.isEmpty()) {
            return false;
        }
        String[] speakerParts = speaker.split("\\s+");
        String surname = speakerParts[speakerParts.length - 1];
        boolean surnameIsTitle = TITLE.matcher(surname).matches();
        for (String name : names) {
            String gold = name.toLowerCase(Locale.ROOT).trim();
            if (gold.isEmpty()) {
                continue;
            }
            String[] parts = gold.split("\\s+");
            if (speaker.equals(gold) || speaker.equals(parts[parts.length - 1]) || wholeWords(speaker, gold)) {
                return true;
            }
            String[] segments = PARENTHESES.matcher(name).replaceAll("").split(",");
            for (int i = 0; i < segments.length; i++) {
                String original = segments[i].trim();
                String segment = original.toLowerCase(Locale.ROOT);
                if (namedBy(segment, speaker, speakerParts.length, surname)) {
                    return true;
                }
                if (!surnameIsTitle) {
                    for (String head : namesBeforeOf(original)) {
                        if (namedBy(head.toLowerCase(Locale.ROOT), speaker, speakerParts.length, surname)) {
                            return true;
                        }
                    }
                }
                String[] segmentParts = segment.split("\\s+");
                boolean appositiveFollows = i == 0 && segments.length > 1 && !segments[1].isBlank();
                if (appositiveFollows && segmentParts.length == 1 && segment.equals(surname)
                        && Character.isUpperCase(original.charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words before an "of" phrase, when they may be a name it follows ("Gov. Ann Lee of Iowa"): capitalised, and
     * no clause ("A woman who accused Ann Lee of ...").
     */
    private static List<String> namesBeforeOf(String segment) {
        List<String> heads = new ArrayList<>();
        if (segment.isEmpty() || !Character.isUpperCase(segment.charAt(0))) {
            return heads;
        }
        for (int at = segment.indexOf(" of "); at > 0; at = segment.indexOf(" of ", at + 1)) {
            String head = segment.substring(0, at).trim();
            if (!RELATIVE.matcher(head).find()) {
                heads.add(head);
            }
        }
        return heads;
    }

    /** The words are the speaker's name, end with it, or are an honorific and the speaker's surname. */
    private static boolean namedBy(String words, String speaker, int speakerWords, String surname) {
        if (words.equals(speaker) || speakerWords > 1 && words.endsWith(speaker) && wholeWords(words, speaker)) {
            return true;
        }
        String[] parts = words.split("\\s+");
        return parts.length == 2 && HONORIFIC.matcher(parts[0]).matches() && parts[1].equals(surname);
    }

    /** The last word of a title, not of a name: "Supervisor of Elections Ann Lee" is not "Supervisor". */
    private static final Pattern TITLE = Pattern.compile(
            "chair|chairman|chairwoman|director|supervisor|secretary|president|head|leader|member|editor|spokesman"
                    + "|spokeswoman|spokesperson");

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|that|which|whose|whom)\\b");

    /** A party label or other aside in parentheses: "(D-Va.)". */
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");

    private static final Pattern HONORIFIC = Pattern.compile(
            "(?:mr|mrs|ms|dr|sen|rep|gov|gen|sec|secretary|senator|president|governor|judge|justice|rev|prof|professor"
                    + "|mayor)\\.?");

    private static boolean wholeWords(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /**
     * Articles per second of this thread's CPU time, after warm-up: on a machine shared with other builds, wall-clock
     * time measures the neighbours as much as the extractor.
     */
    private static double throughput(ArticleExtractor extractor, List<Article> articles) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmUps = Math.max(1, WARM_UP_ROUNDS * 40 / Math.max(40, articles.size()));
        for (int round = 0; round < warmUps; round++) {
            articles.forEach(article -> extractor.extract(article.text()));
        }
        long done = 0;
        long start = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            for (Article article : articles) {
                extractor.extract(article.text());
                done++;
            }
            elapsed = threads.getCurrentThreadCpuTime() - start;
        } while (elapsed < MEASURE_NANOS);
        return done / (elapsed / 1e9);
    }

    /** Bytes allocated per article on this thread, averaged over one pass after warm-up. */
    private static long allocatedPerArticle(ArticleExtractor extractor, List<Article> articles) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            return -1;
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        articles.forEach(article -> extractor.extract(article.text()));
        return (threads.getCurrentThreadAllocatedBytes() - before) / Math.max(1, articles.size());
    }

    /** Time to build the first extractor (loading its models) and the heap it keeps, after garbage collection. */
    static String loadFigures() {
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        ArticleExtractor extractor = new ArticleExtractor();
        double loadMillis = (System.nanoTime() - start) / 1e6;
        long retained = usedHeapAfterGc() - heapBefore;
        java.lang.ref.Reference.reachabilityFence(extractor);
        return String.format(Locale.ROOT, "model load %.0f ms, extractor heap %.1f MB", loadMillis, retained / 1e6);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static void print(List<Figures> figures, PrintStream out) {
        out.println();
        out.printf("%-13s %8s %8s %6s %10s %9s %9s %10s %18s %10s %12s%n", "quotes", "articles", "required", "found",
                "attributed", "recall", "accuracy", "spurious", "precision@0.8", "art/cpu-s", "alloc/article");
        for (Figures f : figures) {
            out.printf("%-13s %8d %8d %6d %10d %9.3f %9.3f %5.3f (%d/%d) %7.3f (%d/%d) %8.0f %10.1f MB%n", f.set(),
                    f.articles(), f.required(), f.found(), f.attributed(), f.recall(), f.accuracy(), f.spuriousRate(),
                    f.spurious(), f.extracted(), f.confidentPrecision(), f.confidentRight(), f.confident(), f.perSecond(),
                    f.allocatedPerArticle() / 1e6);
        }
        out.printf("%-13s %8s %8s %6s %10s %9s %9s %10s %18s%n", "statements", "gold", "found", "", "attributed",
                "recall", "found", "unmatched", "precision@0.8");
        for (Figures f : figures) {
            Statements s = f.statements();
            out.printf("%-13s %8d %8d %6s %10d %9.3f %9.3f %5.3f (%d/%d) %7.3f (%d/%d)%n", f.set(), s.gold(), s.found(),
                    "", s.attributed(), s.recall(), s.foundRate(), s.unmatchedRate(), s.unmatched(), s.extracted(),
                    s.confidentPrecision(), s.confidentRight(), s.confident());
        }
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }
}

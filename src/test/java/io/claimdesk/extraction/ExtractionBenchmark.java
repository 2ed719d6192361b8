package io.claimdesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.claims.ClaimKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality and speed of {@link ArticleExtractor} over the gold sets in ../shared/eval. Prints a table; asserts nothing
 * about speed. Run with {@code ./mvnw -B -q test -Pbenchmark}; add {@code -Dextraction.details=true} to list misses and
 * spurious quotes.
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

    record Article(String name, String text, List<GoldQuote> quotes, List<String> excused) {
    }

    record Figures(String set, int articles, int required, int found, int attributed, int extracted, int spurious,
            double perSecond) {
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

    @Test
    void reportsQualityAndSpeedOnGoldSets() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVAL), "no gold sets at " + EVAL.toAbsolutePath());
        boolean details = Boolean.getBoolean("extraction.details");
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
        print(figures, System.out);
    }

    static List<Article> load(Path gold, Path texts) throws IOException {
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.get("articles").properties()) {
            JsonNode node = entry.getValue();
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode quote : node.path("quotes")) {
                List<String> speakers = new ArrayList<>();
                quote.path("speaker").forEach(name -> speakers.add(name.asText()));
                quotes.add(new GoldQuote(quote.get("exact").asText(), speakers, quote.path("required").asBoolean()));
            }
            List<String> excused = new ArrayList<>();
            node.path("ignore").forEach(span -> excused.add(span.asText()));
            node.path("statements").forEach(statement -> excused.add(statement.get("key").asText()));
            String text = Files.readString(texts.resolve(entry.getKey()), StandardCharsets.UTF_8);
            articles.add(new Article(entry.getKey(), text, quotes, excused));
        }
        return articles;
    }

    static Figures measure(String set, List<Article> articles, boolean details, PrintStream out) {
        ArticleExtractor extractor = new ArticleExtractor();
        int required = 0;
        int found = 0;
        int attributed = 0;
        int extracted = 0;
        int spurious = 0;
        for (Article article : articles) {
            List<ExtractedClaim> quotes = extractor.extract(article.text()).claims().stream()
                    .filter(claim -> claim.kind() == ClaimKind.QUOTE).toList();
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
        return new Figures(set, articles.size(), required, found, attributed, extracted, spurious,
                throughput(extractor, articles));
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

    static boolean attributedTo(ExtractedClaim claim, List<String> names) {
        String speaker = claim.speaker().name().toLowerCase(Locale.ROOT).trim();
        for (String name : names) {
            String gold = name.toLowerCase(Locale.ROOT).trim();
            if (gold.isEmpty()) {
                continue;
            }
            String[] parts = gold.split("\\s+");
            if (speaker.equals(gold) || speaker.equals(parts[parts.length - 1])
                    || Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(gold) + "(?![\\p{L}\\p{N}])").matcher(speaker).find()) {
                return true;
            }
        }
        return false;
    }

    private static double throughput(ArticleExtractor extractor, List<Article> articles) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            articles.forEach(article -> extractor.extract(article.text()));
        }
        long done = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (Article article : articles) {
                extractor.extract(article.text());
                done++;
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        return done / (elapsed / 1e9);
    }

    static void print(List<Figures> figures, PrintStream out) {
        out.println();
        out.printf("%-12s %8s %8s %6s %10s %9s %9s %10s %10s%n", "set", "articles", "required", "found", "attributed",
                "recall", "accuracy", "spurious", "articles/s");
        for (Figures f : figures) {
            out.printf("%-12s %8d %8d %6d %10d %9.3f %9.3f %5.3f (%d/%d) %8.0f%n", f.set(), f.articles(), f.required(),
                    f.found(), f.attributed(), f.recall(), f.accuracy(), f.spuriousRate(), f.spurious(), f.extracted(),
                    f.perSecond());
        }
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }
}

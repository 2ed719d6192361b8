package io.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers and what they count: "about 12,000 North Korean soldiers" is 12000 soldiers. */
final class FigureParser {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{L}\\p{N}/:]|[.,]\\d)"
                    + "(?:\\s*(%|percent|per cent|thousand|million|billion|trillion)\\b)?");
    /** Up to three capitalized or quantity modifiers, then the counted word ("North Korean soldiers", "more troops"). */
    private static final Pattern UNIT = Pattern.compile(
            "^\\s+(?:(?:\\p{Lu}[\\p{L}\\-]*|more|additional|new|other|extra|of)\\s+){0,3}(\\p{Ll}[\\p{Ll}\\-]*)");
    private static final Set<String> NOT_UNITS = Set.of(
            "and", "or", "the", "to", "in", "on", "at", "of", "for", "by", "with", "from", "a", "an", "is", "are",
            "was", "were", "that", "than", "as", "per", "when", "since", "after", "before", "but");

    List<FigureMention> parse(String text) {
        List<FigureMention> figures = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1).replace(",", "");
            BigDecimal value = new BigDecimal(matcher.group(2) == null ? digits : digits + matcher.group(2));
            String scale = matcher.group(3) == null ? null : matcher.group(3).toLowerCase(Locale.ROOT);
            if (scale == null && isYear(matcher.group(1), matcher.group(2))) {
                continue;
            }
            String unit = null;
            if (scale != null && (scale.equals("%") || scale.startsWith("per"))) {
                unit = "percent";
            } else {
                if (scale != null) {
                    value = value.multiply(multiplier(scale));
                }
                Matcher unitMatcher = UNIT.matcher(text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 60)));
                if (unitMatcher.find() && !NOT_UNITS.contains(unitMatcher.group(1))) {
                    unit = unitMatcher.group(1);
                }
            }
            figures.add(new FigureMention(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(), unit));
        }
        return figures;
    }

    private static boolean isYear(String digits, String fraction) {
        if (fraction != null || digits.length() != 4) {
            return false;
        }
        int number = Integer.parseInt(digits);
        return number >= 1800 && number <= 2100;
    }

    private static BigDecimal multiplier(String scale) {
        return switch (scale) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }
}

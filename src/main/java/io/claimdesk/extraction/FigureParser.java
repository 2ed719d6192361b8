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

    private final Pattern number;
    /** Up to three capitalized or quantity modifiers, then the counted word ("North Korean soldiers", "more troops"). */
    private final Pattern countedNoun;
    private final Set<String> notUnits;
    private final Set<String> percentWords;
    /** Each a thousand times the one before: "thousand", "million", … */
    private final List<String> scaleWords;

    FigureParser(Language language) {
        this.number = language.pattern("figure");
        this.countedNoun = language.pattern("counted-noun");
        this.notUnits = language.notUnits;
        this.percentWords = language.percentWords;
        this.scaleWords = language.scaleWords;
    }

    List<FigureMention> parse(String text) {
        List<FigureMention> figures = new ArrayList<>();
        Matcher matcher = number.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1).replace(",", "");
            BigDecimal value = new BigDecimal(matcher.group(2) == null ? digits : digits + matcher.group(2));
            String scale = matcher.group(3) == null ? null : matcher.group(3).toLowerCase(Locale.ROOT);
            if (scale == null && isYear(matcher.group(1), matcher.group(2))) {
                continue;
            }
            String unit = null;
            if (scale != null && (scale.equals("%") || percentWords.contains(scale))) {
                unit = "percent";
            } else {
                if (scale != null) {
                    value = value.multiply(multiplier(scale));
                }
                Matcher unitMatcher = countedNoun.matcher(text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 60)));
                if (unitMatcher.find() && !notUnits.contains(unitMatcher.group(1))) {
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

    private BigDecimal multiplier(String scale) {
        return BigDecimal.TEN.pow(3 * (scaleWords.indexOf(scale) + 1));
    }
}

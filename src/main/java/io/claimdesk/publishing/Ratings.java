package io.claimdesk.publishing;

import io.claimdesk.claims.Verdict;

/**
 * How a verdict is rated in a ClaimReview: the one table from verdicts to schema.org Rating, on a scale from
 * 1 (false) to 5 (true).
 *
 * <pre>
 * verdict        ratingValue  alternateName
 * TRUE           5            True
 * MOSTLY_TRUE    4            Mostly true
 * MIXED          3            Mixed
 * MOSTLY_FALSE   2            Mostly false
 * MISLEADING     2            Misleading
 * FALSE          1            False
 * UNVERIFIABLE   none         Unverifiable
 * </pre>
 *
 * MISLEADING rates like MOSTLY_FALSE: accurate parts that leave a false impression. UNVERIFIABLE has no place on a
 * truth scale, so it carries only its name, and no scale either.
 */
public final class Ratings {

    private static final int BEST = 5;
    private static final int WORST = 1;

    private Ratings() {
    }

    public static ClaimReview.Rating of(Verdict verdict) {
        // A switch without default: a new verdict does not compile until it is rated here.
        return switch (verdict) {
            case TRUE -> rated(5, "True");
            case MOSTLY_TRUE -> rated(4, "Mostly true");
            case MIXED -> rated(3, "Mixed");
            case MOSTLY_FALSE -> rated(2, "Mostly false");
            case MISLEADING -> rated(2, "Misleading");
            case FALSE -> rated(1, "False");
            case UNVERIFIABLE -> new ClaimReview.Rating(ClaimReview.Rating.TYPE, null, null, null, "Unverifiable");
        };
    }

    private static ClaimReview.Rating rated(int value, String name) {
        return new ClaimReview.Rating(ClaimReview.Rating.TYPE, value, BEST, WORST, name);
    }
}

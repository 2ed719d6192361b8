package io.claimdesk.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.claimdesk.claims.Verdict;

class RatingsTest {

    private static void rated(Verdict verdict, int value, String name) {
        ClaimReview.Rating rating = Ratings.of(verdict);
        assertEquals("Rating", rating.type());
        assertEquals(value, rating.ratingValue(), verdict.name());
        assertEquals(5, rating.bestRating());
        assertEquals(1, rating.worstRating());
        assertEquals(name, rating.alternateName());
    }

    @Test
    void verdictsRateFromFiveForTrueToOneForFalse() {
        rated(Verdict.TRUE, 5, "True");
        rated(Verdict.MOSTLY_TRUE, 4, "Mostly true");
        rated(Verdict.MIXED, 3, "Mixed");
        rated(Verdict.MOSTLY_FALSE, 2, "Mostly false");
        rated(Verdict.MISLEADING, 2, "Misleading");
        rated(Verdict.FALSE, 1, "False");
    }

    @Test
    void unverifiableHasANameButNoPlaceOnTheScale() {
        ClaimReview.Rating rating = Ratings.of(Verdict.UNVERIFIABLE);
        assertNull(rating.ratingValue());
        assertNull(rating.bestRating());
        assertNull(rating.worstRating());
        assertEquals("Unverifiable", rating.alternateName());
    }

    @Test
    void everyVerdictHasARating() {
        Arrays.stream(Verdict.values()).forEach(verdict -> assertNotNull(Ratings.of(verdict).alternateName()));
    }
}

package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aCountAtOrAboveItsMinimumIsRead() {
        assertEquals(0, new Counts.NonNegative().convert("0"));
        assertEquals(1, new Counts.Positive().convert("1"));
        assertEquals(1000, new Counts.Positive().convert(" 1000 "));
    }

    @Test
    void aCountBelowItsMinimumIsRefusedWithTheBound() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new Counts.NonNegative().convert("-1"));
        assertEquals("-1 is less than 0", negative.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new Counts.Positive().convert("0"));
        assertEquals("0 is less than 1", zero.getMessage());
    }

    @Test
    void aValueThatIsNoWholeNumberIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Counts.Positive().convert("many"));
        assertEquals("\"many\" is not a whole number", refused.getMessage());
    }
}

package io.claimdesk.common;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Whole-number settings with a lower bound, checked as the configuration is read: a value out of range stops the
 * service at start-up, naming the setting. Plain converters rather than Bean Validation constraints, which would
 * make the service build a second validator factory for the configuration alone at every start.
 */
public final class Counts {

    private Counts() {
    }

    /** 0 or more. */
    public static final class NonNegative implements Converter<Integer> {

        @Override
        public Integer convert(String value) {
            return atLeast(0, value);
        }
    }

    /** 1 or more. */
    public static final class Positive implements Converter<Integer> {

        @Override
        public Integer convert(String value) {
            return atLeast(1, value);
        }
    }

    static int atLeast(int minimum, String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
        }
        if (count < minimum) {
            throw new IllegalArgumentException(count + " is less than " + minimum);
        }
        return count;
    }
}

package io.claimdesk.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A nickname in quotation marks between the parts of a name: Marcia "Cia" Price, Dwayne "The Rock" Johnson. */
final class Nicknames {

    private static final String NICKNAME_WORDS = "\\p{Lu}[\\p{L}.’'\\-]*(?: \\p{Lu}[\\p{L}.’'\\-]*)?";
    /** Opened right after a space that follows a capitalized word, closed right before a space and a capital. */
    private static final Pattern NICKNAME = Pattern.compile("[\"“]" + NICKNAME_WORDS + "[\"”] (?=\\p{Lu})");
    private static final Pattern PRECEDED = Pattern.compile("\\p{Lu}[\\p{L}.’'\\-]* $");
    private static final Pattern INSIDE_NAME = Pattern.compile(" [\"“](" + NICKNAME_WORDS + ")[\"”](?= )");
    /** Longest word before the nickname that is looked at. */
    private static final int WORD_BEFORE = 30;

    private Nicknames() {
    }

    /** Where the next part of the name starts when a nickname opens at the position, else -1. */
    static int at(String text, int open) {
        if (open < 2 || !PRECEDED.matcher(text).region(Math.max(0, open - WORD_BEFORE), open).find()) {
            return -1;
        }
        Matcher nickname = NICKNAME.matcher(text).region(open, text.length());
        return nickname.lookingAt() ? nickname.end() : -1;
    }

    /** The name as written, without its nickname ("Marcia Price"). */
    static String without(String name) {
        return INSIDE_NAME.matcher(name).replaceAll("");
    }

    /** The nickname with the family name, as the person is also called ("Cia Price"), or null. */
    static String alias(String name) {
        Matcher nickname = INSIDE_NAME.matcher(name);
        if (!nickname.find()) {
            return null;
        }
        return nickname.group(1) + " " + name.substring(name.lastIndexOf(' ') + 1);
    }
}

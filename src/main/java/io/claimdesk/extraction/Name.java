package io.claimdesk.extraction;


/**
 * A name read from a capitalized word sequence: [start,end) is the name itself, title holds the role words written
 * before it inside the sequence ("Russian President"), kind is null for places and other non-actors. A nickname
 * written inside the name is left out of text and kept as the alias it makes ("Bobby Scott" of
 * Robert C. "Bobby" Scott); alias is null otherwise.
 */
record Name(int start, int end, String text, String title, SpeakerKind kind, String alias) {

    Name(int start, int end, String text, String title, SpeakerKind kind) {
        this(start, end, text, title, kind, null);
    }

    boolean isActor() {
        return kind != null;
    }

    /** A surname on its own: one word, or one word after a particle ("De Wit", "van Dijk"). */
    boolean singleWord() {
        int space = text.indexOf(' ');
        return space < 0 || text.indexOf(' ', space + 1) < 0 && NameFinder.isParticle(text.substring(0, space));
    }
}

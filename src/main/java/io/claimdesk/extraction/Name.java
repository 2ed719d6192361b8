package io.claimdesk.extraction;

import io.claimdesk.actors.ActorKind;

/**
 * A name read from a capitalized word sequence: [start,end) is the name itself, title holds the role words written
 * before it inside the sequence ("Russian President"), kind is null for places and other non-actors.
 */
record Name(int start, int end, String text, String title, ActorKind kind) {

    boolean isActor() {
        return kind != null;
    }

    boolean singleWord() {
        return text.indexOf(' ') < 0;
    }
}

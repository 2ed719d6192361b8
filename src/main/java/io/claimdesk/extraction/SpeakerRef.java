package io.claimdesk.extraction;

import io.claimdesk.actors.ActorKind;
import java.util.List;

/**
 * The actor a claim is attributed to, resolved to its fullest name in the article.
 * description holds the role or affiliation written next to the name; aliases other forms seen (acronyms, short forms).
 */
public record SpeakerRef(String name, ActorKind kind, String description, List<String> aliases) {

    public SpeakerRef {
        aliases = List.copyOf(aliases);
    }
}

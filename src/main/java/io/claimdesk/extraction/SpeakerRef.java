package io.claimdesk.extraction;

import java.util.List;

/**
 * The actor a claim is attributed to, resolved to its fullest name in the article.
 * description holds the role or affiliation written next to the name; aliases other forms seen (acronyms, short forms).
 */
public record SpeakerRef(String name, SpeakerKind kind, String description, List<String> aliases) {

    public SpeakerRef {
        aliases = List.copyOf(aliases);
    }
}

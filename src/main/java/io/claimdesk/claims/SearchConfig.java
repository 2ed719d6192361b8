package io.claimdesk.claims;

import java.time.Duration;

import io.claimdesk.common.Counts;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Bounds on the reads whose cost grows with the archive: full-text search and similar claims. */
@ConfigMapping(prefix = "claimdesk.search")
public interface SearchConfig {

    /**
     * How many matching claims, the newest first, a search ranks by relevance; a word found in more claims than
     * this is ranked among its newest ones only.
     */
    @WithDefault("1000")
    @WithConverter(Counts.Positive.class)
    int rankedCandidates();

    /** How many claims from other sources similar claims are chosen from, per way of finding them. */
    @WithDefault("200")
    @WithConverter(Counts.Positive.class)
    int similarCandidates();

    /** How long one search or similar-claims statement may run before it is cancelled and answered 503. */
    @WithDefault("5s")
    Duration timeout();
}

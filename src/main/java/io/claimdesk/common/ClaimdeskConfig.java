package io.claimdesk.common;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The service's own settings; defaults in application.properties, each one settable by environment variable. */
@ConfigMapping(prefix = "claimdesk")
public interface ClaimdeskConfig {

    Security security();

    /** The largest request body accepted, in bytes; larger ones are answered 413 before they are read. */
    @WithDefault("5242880")
    long maxBodyBytes();

    /** Whether the queries of a claim and of claim lists run once at start-up, before the service reports ready. */
    @WithDefault("true")
    boolean warmUp();

    /** Whether this start writes the image's AOT cache: it then loads the classes of {@link AotTrainingClasses}. */
    @WithDefault("false")
    boolean aotTraining();

    Publisher publisher();

    Workflow workflow();

    Http http();

    Workers workers();

    /** Requests waiting for one of the worker threads that run them. */
    interface Workers {

        /** The longest a request may wait for a worker thread; one that waited longer is answered 503 at once. */
        @WithDefault("5s")
        Duration maxWait();
    }

    /** Limits past which a request is refused before it is read. */
    interface Http {

        /** The longest request URL, path and query together, in characters; longer ones are answered 414. */
        @WithDefault("8192")
        int maxUrlLength();

        /** The most header bytes, names and values together; more is answered 431. */
        @WithDefault("16384")
        int maxHeaderBytes();
    }

    interface Security {

        /** Whether GET requests are answered without a token; when false, any authenticated caller may read. */
        @WithDefault("true")
        boolean publicReads();
    }

    /** The organization that publishes the reviews, as named in the ClaimReview documents. */
    interface Publisher {

        String name();

        String url();

        /** Base of the public page of each review; the claim id is appended. */
        String reviewBaseUrl();
    }

    /** How many eyes a review needs before it is published. */
    interface Workflow {

        /** Approvals by reviewers other than its author that a review needs to be published; 0 turns the check off. */
        @WithDefault("1")
        @WithConverter(Counts.NonNegative.class)
        int requiredApprovals();
    }
}

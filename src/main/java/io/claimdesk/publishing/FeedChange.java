package io.claimdesk.publishing;

/** What happened to a claim's publication, as the change feed reports it. */
public enum FeedChange {
    /** Published for the first time: add the ClaimReview. */
    PUBLISHED,
    /** A new version replaced the published one, or the claim was published again after a retraction. */
    REPUBLISHED,
    /** Taken down: remove the ClaimReview. */
    RETRACTED
}

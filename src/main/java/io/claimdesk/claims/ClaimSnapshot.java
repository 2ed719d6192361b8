package io.claimdesk.claims;

/** A claim as its views show it, with who works on it and its version, read in one statement. */
public record ClaimSnapshot(ClaimFields fields, String assignee, long version) {
}

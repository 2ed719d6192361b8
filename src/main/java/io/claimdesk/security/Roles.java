package io.claimdesk.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The roles a token's groups claim grants. Each role includes the ones below it: an admin can do what an
 * editor can, and an editor what a reviewer can; {@link ImpliedRoles} applies that to every caller.
 */
public final class Roles {

    /** Reviews and their approvals, evidence, claim status changes, taking and giving back claims. */
    public static final String REVIEWER = "reviewer";
    /** Sources, claims, actors, appearances, claim and actor edits, assignments, publication. */
    public static final String EDITOR = "editor";
    /** Deletes. */
    public static final String ADMIN = "admin";

    private static final Map<String, Set<String>> INCLUDES = Map.of(
            ADMIN, Set.of(EDITOR, REVIEWER),
            EDITOR, Set.of(REVIEWER));

    private Roles() {
    }

    /** The granted roles with every role they include. */
    static Set<String> withIncluded(Set<String> granted) {
        Set<String> all = new HashSet<>(granted);
        granted.forEach(role -> all.addAll(INCLUDES.getOrDefault(role, Set.of())));
        return all;
    }
}

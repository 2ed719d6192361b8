package io.claimdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertEquals(Set.of("admin", "editor", "reviewer"), Roles.withIncluded(Set.of("admin")));
        assertEquals(Set.of("editor", "reviewer"), Roles.withIncluded(Set.of("editor")));
        assertEquals(Set.of("reviewer"), Roles.withIncluded(Set.of("reviewer")));
    }

    @Test
    void otherGroupsGrantNothingMore() {
        assertEquals(Set.of("staff"), Roles.withIncluded(Set.of("staff")));
        assertEquals(Set.of(), Roles.withIncluded(Set.of()));
    }
}

package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class ETagsTest {

    @Test
    void weakTagCarriesTheVersion() {
        assertEquals("W/\"3\"", ETags.header(3));
    }

    @Test
    void matchingWeakStrongOrWildcardTagsPass() {
        assertDoesNotThrow(() -> ETags.require("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("W/\"1\", W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.require("*", 3));
    }

    @Test
    void missingTagIsPreconditionRequired() {
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.require(null, 3)).getStatusCode());
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.require(" ", 3)).getStatusCode());
    }

    @Test
    void staleTagIsPreconditionFailed() {
        assertEquals(412, assertThrows(HttpProblem.class, () -> ETags.require("W/\"2\"", 3)).getStatusCode());
    }
}

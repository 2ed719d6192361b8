package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class CursorTest {

    @Test
    void roundTripsKeyAndId() {
        UUID id = UUID.randomUUID();
        Cursor decoded = Cursor.decode(Cursor.of("2024-10-25T09:00:00.123456Z", id).encode());
        assertEquals("2024-10-25T09:00:00.123456Z", decoded.key());
        assertEquals(id, decoded.id());
    }

    @Test
    void keysMayContainTheSeparator() {
        UUID id = UUID.randomUUID();
        assertEquals("a|b", Cursor.decode(Cursor.of("a|b", id).encode()).key());
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(""));
    }

    @Test
    void tamperedCursorsAreBadRequests() {
        assertEquals(400, assertThrows(HttpProblem.class, () -> Cursor.decode("%%%")).getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, () -> Cursor.decode("bm90LWEtY3Vyc29y")).getStatusCode());
        Cursor wrongKey = Cursor.of("yesterday", UUID.randomUUID());
        assertEquals(400, assertThrows(HttpProblem.class, wrongKey::instantKey).getStatusCode());
        assertEquals(400, assertThrows(HttpProblem.class, wrongKey::floatKey).getStatusCode());
    }
}

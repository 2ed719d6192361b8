package io.claimdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class StateChangesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void onlyTheChangedFieldsAreKeptAndTheWholeStateComesBack() throws Exception {
        JsonNode before = json.readTree("""
                {"status": "NEW", "verdict": null, "text": "A long text", "tags": ["a", "b"], "speaker": {"name": "X"}}""");
        JsonNode after = json.readTree("""
                {"status": "REVIEWED", "verdict": "FALSE", "text": "A long text", "tags": ["a"], "speaker": {"name": "X"}}""");

        JsonNode changed = StateChanges.of(before, after).orElseThrow();

        assertEquals(json.readTree("""
                {"status": "NEW", "verdict": null, "tags": ["a", "b"]}"""), changed);
        assertEquals(before, StateChanges.restore(after, changed));
    }

    @Test
    void statesWithDifferentFieldsAreStoredWhole() throws Exception {
        assertTrue(StateChanges.of(json.readTree("{\"a\": 1}"), json.readTree("{\"a\": 1, \"b\": 2}")).isEmpty());
        assertTrue(StateChanges.of(json.readTree("{\"a\": 1}"), null).isEmpty());
        assertTrue(StateChanges.of(null, json.readTree("{\"a\": 1}")).isEmpty());
        assertTrue(StateChanges.of(json.readTree("[1]"), json.readTree("[2]")).isEmpty());
    }
}

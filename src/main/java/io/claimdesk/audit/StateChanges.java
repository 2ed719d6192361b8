package io.claimdesk.audit;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state before a change, stored as the fields that differ from the state after it. Most changes touch a few
 * fields of a large state, so the trail keeps one full copy per entry instead of two.
 */
final class StateChanges {

    private StateChanges() {
    }

    /**
     * The fields of before whose values differ in after, when both are objects with the same fields; otherwise
     * nothing, and before is to be stored whole.
     */
    static Optional<ObjectNode> of(JsonNode before, JsonNode after) {
        if (before == null || after == null || !before.isObject() || !after.isObject() || !sameFields(before, after)) {
            return Optional.empty();
        }
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        before.properties().forEach(field -> {
            if (!field.getValue().equals(after.get(field.getKey()))) {
                changed.set(field.getKey(), field.getValue());
            }
        });
        return Optional.of(changed);
    }

    /** The state before, from the state after and the fields that differed. */
    static ObjectNode restore(JsonNode after, JsonNode changed) {
        ObjectNode before = ((ObjectNode) after).deepCopy();
        changed.properties().forEach(field -> before.set(field.getKey(), field.getValue()));
        return before;
    }

    private static boolean sameFields(JsonNode before, JsonNode after) {
        Set<String> names = new HashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        Set<String> others = new HashSet<>();
        after.fieldNames().forEachRemaining(others::add);
        return names.equals(others);
    }
}

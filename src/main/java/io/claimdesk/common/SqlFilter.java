package io.claimdesk.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The WHERE part of a native query, built from optional filters. */
public final class SqlFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds the clause when the value is given; the clause refers to it as :name. */
    public SqlFilter when(Object value, String clause, String name) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    public SqlFilter always(String clause) {
        clauses.add(clause);
        return this;
    }

    public SqlFilter parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}

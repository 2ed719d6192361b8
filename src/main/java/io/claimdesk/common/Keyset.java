package io.claimdesk.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Keyset pagination over a native query: the page after the cursor's (sort key, id), so a deep page
 * costs what the first page costs. The query selects "id" and "sort_key" columns; this class orders,
 * limits and continues it.
 */
public final class Keyset {

    /** How a sort key is carried in a cursor and compared in SQL. */
    public enum SortKey {
        TIMESTAMP("to_char(sort_key at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"),
        RANK("cast(sort_key as text)"),
        TEXT("sort_key"),
        POSITION("cast(sort_key as text)"),
        SEQUENCE("cast(sort_key as text)");

        private final String asText;

        SortKey(String asText) {
            this.asText = asText;
        }

        Object parse(Cursor cursor) {
            return switch (this) {
                case TIMESTAMP -> cursor.instantKey();
                case RANK -> cursor.floatKey();
                case TEXT -> cursor.key();
                case POSITION -> cursor.intKey();
                case SEQUENCE -> cursor.longKey();
            };
        }
    }

    /**
     * Ids of one page and the cursor of the next.
     *
     * @param cutShort whether the query's list is the head of a longer one (see {@link Query#selectsCutShort})
     */
    public record Slice(List<UUID> ids, String nextCursor, boolean cutShort) {
    }

    private Keyset() {
    }

    /**
     * A list to page through: a query selecting columns "id" (uuid) and "sort_key" with its filter's clauses in place,
     * from the highest sort key down when descending, and how its statement runs.
     *
     * @param selectsCutShort whether the query lists at most a bound of rows and also selects a boolean "cut_short",
     *                        the same on every row: true when more rows than the bound were left out of the list
     */
    public record Query(String filteredSelect, SqlFilter filter, SortKey sortKey, boolean descending, Run run,
            boolean selectsCutShort) {

        public Query(String filteredSelect, SqlFilter filter, SortKey sortKey, boolean descending) {
            this(filteredSelect, filter, sortKey, descending, Run.DEFAULT, false);
        }

        public Query running(Run run) {
            return new Query(filteredSelect, filter, sortKey, descending, run, selectsCutShort);
        }

        public Query selectingCutShort() {
            return new Query(filteredSelect, filter, sortKey, descending, run, true);
        }
    }

    /**
     * How a page's statement runs.
     *
     * @param timeout  how long it may run before the database cancels it; null for no limit
     * @param planning whether it may run with a plan the database kept
     */
    public record Run(Duration timeout, SqlRows.Planning planning) {

        static final Run DEFAULT = new Run(null, SqlRows.Planning.CACHED);
    }

    /**
     * @param selectIdAndSortKey a query selecting columns "id" (uuid) and "sort_key", without its filter
     * @param descending         whether the list runs from the highest sort key down
     */
    public static Slice page(EntityManager em, String selectIdAndSortKey, SqlFilter filter, SortKey sortKey,
            boolean descending, String cursorToken, int limit) {
        return page(em, new Query(selectIdAndSortKey + filter.where(), filter, sortKey, descending), cursorToken, limit);
    }

    /** The page of the query after the cursor's place, at most limit ids. */
    public static Slice page(EntityManager em, Query query, String cursorToken, int limit) {
        Cursor cursor = Cursor.decode(cursorToken);
        SortKey sortKey = query.sortKey();
        String afterCursor = "(sort_key, id) " + (query.descending() ? "<" : ">") + " (:cursorKey, :cursorId)";
        // A bounded list says on its rows whether it was cut short. A page past its end (rows removed, or pushed
        // out by newer ones, since the previous page) has no rows of its own, so the rows before the cursor are
        // kept, last in order, to be read for that alone.
        boolean rowsBeforeCursor = query.selectsCutShort() && cursor != null;
        // The textual key gets its own name: "order by sort_key" must sort by the typed column, not by its
        // text (PostgreSQL would name the cast after the column, and sort "10" before "9").
        StringBuilder sql = new StringBuilder("select id, ").append(sortKey.asText).append(" as cursor_key")
                .append(query.selectsCutShort() ? ", cut_short" : "")
                .append(rowsBeforeCursor ? ", " + afterCursor + " as after_cursor" : "")
                .append(" from (").append(query.filteredSelect()).append(") page");
        if (cursor != null && !rowsBeforeCursor) {
            sql.append(" where ").append(afterCursor);
        }
        String direction = query.descending() ? " desc" : " asc";
        sql.append(" order by ").append(rowsBeforeCursor ? "after_cursor desc, " : "").append("sort_key").append(direction)
                .append(", id").append(direction).append(" limit :limit");

        Map<String, Object> parameters = new HashMap<>(query.filter().parameters());
        if (cursor != null) {
            parameters.put("cursorKey", sortKey.parse(cursor));
            parameters.put("cursorId", cursor.id());
        }
        parameters.put("limit", limit + 1);
        boolean[] cutShort = {false};
        List<Cursor> rows = SqlRows.list(em, sql.toString(), parameters, query.run().timeout(), query.run().planning(),
                row -> {
                    if (query.selectsCutShort()) {
                        cutShort[0] = row.getBoolean(3);
                        if (rowsBeforeCursor && !row.getBoolean(4)) {
                            return null;
                        }
                    }
                    return Cursor.of(row.getString(2), SqlRows.uuid(row, 1));
                });
        if (rowsBeforeCursor) {
            rows = rows.stream().filter(Objects::nonNull).toList();
        }

        List<UUID> ids = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            ids.add(rows.get(i).id());
        }
        String next = null;
        if (rows.size() > limit) {
            next = rows.get(limit - 1).encode();
        }
        return new Slice(ids, next, cutShort[0]);
    }

    /** Entities loaded by id, put back in the order of the slice. */
    public static <T> List<T> inOrder(List<UUID> ids, List<T> loaded, Function<T, UUID> idOf) {
        var byId = new HashMap<UUID, T>();
        loaded.forEach(entity -> byId.put(idOf.apply(entity), entity));
        List<T> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            T entity = byId.get(id);
            if (entity != null) {
                ordered.add(entity);
            }
        }
        return ordered;
    }
}

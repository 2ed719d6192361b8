package io.claimdesk.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.postgresql.PGStatement;

/**
 * A native select whose rows the caller reads straight from the JDBC result set. It goes through Hibernate's own
 * statement preparer, so it runs on the session's connection (the transaction's, when there is one) and is logged
 * and counted with every other statement; what it leaves out is Hibernate working out the columns of the result and
 * converting each value on every run, which cost about as much as the rest of a list's reading.
 */
public final class SqlRows {

    /** Reads the current row of a result set. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** How the database plans a statement. */
    public enum Planning {
        /**
         * The driver prepares a statement run often on a connection (from its fifth run), and the database may then
         * keep one plan for all parameters.
         */
        CACHED,
        /**
         * Planned for its parameters on every run: the driver never prepares it on the server, so the database has
         * no plan to keep. For statements whose best plan depends on the values (which words a search looks for).
         */
        EACH_RUN
    }

    /** SQL with :name parameters as JDBC runs it, with ? in their place, and the names in the order they appear. */
    private record Statement(String jdbcSql, List<String> names) {
    }

    private static final Map<String, Statement> STATEMENTS = new ConcurrentHashMap<>();

    private SqlRows() {
    }

    /**
     * @param sql        a select with :name parameters
     * @param parameters the value of each name; a {@code UUID[]} goes as one {@code uuid[]} parameter
     * @param timeout    how long the statement may run before the database cancels it; null for no limit
     */
    public static <T> List<T> list(EntityManager em, String sql, Map<String, ?> parameters, Duration timeout,
            RowReader<T> reader) {
        return list(em, sql, parameters, timeout, Planning.CACHED, reader);
    }

    /**
     * As {@link #list(EntityManager, String, Map, Duration, RowReader)}, planned as given.
     */
    public static <T> List<T> list(EntityManager em, String sql, Map<String, ?> parameters, Duration timeout,
            Planning planning, RowReader<T> reader) {
        Statement statement = STATEMENTS.computeIfAbsent(sql, SqlRows::parse);
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        if (session.isTransactionInProgress() && em.getFlushMode() == FlushModeType.AUTO) {
            // As before a native query: the rows read include what the transaction has changed so far.
            em.flush();
        }
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement prepared = jdbc.getStatementPreparer().prepareStatement(statement.jdbcSql());
        try {
            for (int i = 0; i < statement.names().size(); i++) {
                bind(prepared, i + 1, parameters.get(statement.names().get(i)));
            }
            if (timeout != null) {
                prepared.setQueryTimeout(StatementTimeout.seconds(timeout));
            }
            if (planning == Planning.EACH_RUN) {
                // A threshold of 0: never a server-side prepared statement, so every run is parsed and planned anew.
                prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(prepared, statement.jdbcSql());
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not read rows", statement.jdbcSql());
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(prepared);
            jdbc.afterStatementExecution();
        }
    }

    public static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** The enum constant a text column names, null for null. */
    public static <E extends Enum<E>> E named(Class<E> type, ResultSet row, int column) throws SQLException {
        String name = row.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof UUID[] ids) {
            statement.setArray(index, statement.getConnection().createArrayOf("uuid", ids));
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    /** Replaces each :name outside quotes with ?; a :: cast is left alone. */
    private static Statement parse(String sql) {
        StringBuilder jdbcSql = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                jdbcSql.append('?');
                i = end - 1;
                continue;
            }
            jdbcSql.append(c);
        }
        return new Statement(jdbcSql.toString(), List.copyOf(names));
    }
}

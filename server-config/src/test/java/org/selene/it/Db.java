package org.selene.it;

import org.selene.server.Backend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct JDBC access to the database the deployed application uses, for assertions and fixtures. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        Backend server = SeleneServerExtension.server();
        return DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), server.dbPassword());
    }

    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static Object scalar(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    public static long count(String sql, Object... params) {
        return ((Number) scalar(sql, params)).longValue();
    }

    /**
     * Index and sequential scans of the given tables (schema.table), as PostgreSQL's statistics
     * count them: backends report late (at most every 500 ms, and when idle), so this waits until
     * the count settles.
     */
    public static long settledScans(String... tables) throws InterruptedException {
        String sql = "SELECT coalesce(sum(coalesce(idx_scan, 0) + coalesce(seq_scan, 0)), 0) FROM pg_stat_user_tables "
                + "WHERE schemaname || '.' || relname = ANY (string_to_array(?, ','))";
        String names = String.join(",", tables);
        long deadline = System.nanoTime() + 30_000_000_000L;
        long previous = count(sql, names);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = count(sql, names);
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        throw new AssertionError("the statistics of " + names + " never settled");
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}

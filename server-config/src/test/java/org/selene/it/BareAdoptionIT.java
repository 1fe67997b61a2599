package org.selene.it;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.selene.domain.infrastructure.SchemaMigration;
import org.selene.server.SeleneServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second server was deployed onto a database as Selene's bootstrap leaves it
 * (SeleneDatabaseShape): it adopted it in place. README "Adopting a Selene database".
 */
@SeleneIT
class BareAdoptionIT {

    static final String SELENE_ACCOUNT = "selene-user@adopted.test";
    /** SHA-512-crypt of "test_password" with SALT=testsalt, as Selene stored it. */
    static final String SELENE_HASH = "WnYv7UG1eJUyP9xMIf.jTJGYtAdM6eG0L1WUqRJzKLu5jxknjyjGLdOQKdXX42a35xuobwkAFFha3tF3wZ9us1";

    @Test
    void everyMigrationRanOnTopOfTheAdoptedBaseline() {
        List<Map<String, Object>> history = Db.query("SELECT version, type, success FROM public.flyway_schema_history ORDER BY installed_rank");
        assertEquals("2", history.get(0).get("version"));
        assertEquals("BASELINE", history.get(0).get("type"));
        assertTrue(history.stream().allMatch(row -> Boolean.TRUE.equals(row.get("success"))), history.toString());
        assertTrue(history.stream().anyMatch(row -> "302".equals(row.get("version"))), history.toString());
        // the table Selene's bootstrap never created now exists, with Selene's own columns
        assertEquals(18, Db.count("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'metric' AND table_name = 'core_interaction'"));
    }

    @Test
    void selenesReferenceDataIsNotDuplicated() {
        assertEquals(List.of(Map.of("id", java.util.UUID.fromString("0f6e1a4c-0000-4000-8000-000000000002"))),
                Db.query("SELECT p.id FROM wake_word.pocketsphinx_settings p JOIN wake_word.wake_word w ON w.id = p.wake_word_id "
                        + "WHERE w.name = 'hey mycroft' AND p.account_id IS NULL"));
        assertEquals(1, Db.count("SELECT count(*) FROM wake_word.wake_word WHERE name = 'hey mycroft' AND engine = 'precise'"));
        assertEquals(4, Db.count("SELECT count(*) FROM device.text_to_speech"));
        assertEquals(2, Db.count("SELECT count(*) FROM account.membership"));
    }

    @Test
    void everyConstraintOfSelenesSchemaIsKeptAsItWas() throws Exception {
        SeleneServer server = SeleneServerExtension.payara();
        String reference = freshDatabase(server, "selene_shape");
        SeleneDatabaseShape.create(reference, server.dbUser(), server.dbPassword());
        Set<String> selene = constraints(reference, server);
        Set<String> adopted = constraints(server.jdbcUrl(), server);
        Set<String> changed = new TreeSet<>(selene);
        changed.removeAll(adopted);
        assertEquals(Set.of(), changed, "Selene constraints that adoption changed or dropped");
    }

    @Test
    void theLegacyHashLogsInAndStaysUntilTheOperatorSwitchesUpgradesOn() {
        WebLogin.internalLogin(SELENE_ACCOUNT, "wrong").assertJsonError(401);
        WebLogin.Session session = WebLogin.logIn(SELENE_ACCOUNT, "test_password");
        assertEquals(SELENE_HASH, Db.scalar("SELECT password FROM account.account WHERE email_address = ?", SELENE_ACCOUNT),
                "a login rewrote the Selene hash: the adoption could no longer be rolled back");
        // the account's device and preferences as Selene left them
        String devices = Http.get("/account/api/devices", "Cookie", session.cookieHeader()).assertStatus(200).body();
        assertTrue(devices.contains("Kitchen Mark 1"), devices);
        String preferences = Http.get("/account/api/preferences", "Cookie", session.cookieHeader()).assertStatus(200).body();
        assertTrue(preferences.contains("DD/MM/YYYY") && preferences.contains("24 Hour") && preferences.contains("Metric"), preferences);
        WebLogin.logIn(SELENE_ACCOUNT, "test_password");
        assertEquals(SELENE_HASH, Db.scalar("SELECT password FROM account.account WHERE email_address = ?", SELENE_ACCOUNT));
    }

    @Test
    void aFailedAdoptionLeavesTheDatabaseAsItWas() throws Exception {
        SeleneServer server = SeleneServerExtension.payara();
        String url = freshDatabase(server, "selene_failing");
        SeleneDatabaseShape.create(url, server.dbUser(), server.dbPassword());
        // something of the operator's in the way of a later migration (V302 creates this table)
        execute(url, server, "CREATE TABLE metric.job_schedule_claim (note text)");
        List<String> before = fingerprint(url, server);

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(server.dbUser());
        dataSource.setPassword(server.dbPassword());
        assertThrows(RuntimeException.class, () -> SchemaMigration.migrate(dataSource));

        assertEquals(before, fingerprint(url, server));
        assertTrue(fingerprint(url, server).stream().noneMatch(line -> line.contains("flyway_schema_history")));
    }

    private static String freshDatabase(SeleneServer server, String name) throws SQLException {
        execute(server.jdbcUrl(), server, "DROP DATABASE IF EXISTS " + name);
        execute(server.jdbcUrl(), server, "CREATE DATABASE " + name);
        return server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + name;
    }

    private static void execute(String url, SeleneServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.dbUser(), server.dbPassword()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Set<String> constraints(String url, SeleneServer server) throws SQLException {
        return new TreeSet<>(lines(url, server, """
                SELECT n.nspname || '.' || t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname IN ('account', 'device', 'geography', 'metric', 'skill', 'tagging', 'wake_word')"""));
    }

    /** Tables, columns, constraints, indexes and row counts of the schemas adoption touches. */
    private static List<String> fingerprint(String url, SeleneServer server) throws SQLException {
        List<String> all = new ArrayList<>(lines(url, server, """
                SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
                WHERE table_schema IN ('public', 'account', 'device', 'geography', 'metric', 'skill', 'tagging', 'wake_word')
                ORDER BY 1"""));
        all.addAll(new TreeSet<>(constraints(url, server)));
        all.addAll(lines(url, server, "SELECT schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes "
                + "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
        all.addAll(lines(url, server, "SELECT 'pocketsphinx rows ' || count(*) FROM wake_word.pocketsphinx_settings"));
        all.addAll(lines(url, server, "SELECT 'accounts ' || count(*) || ' ' || string_agg(password, ',') FROM account.account"));
        return all;
    }

    private static List<String> lines(String url, SeleneServer server, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, server.dbUser(), server.dbPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}

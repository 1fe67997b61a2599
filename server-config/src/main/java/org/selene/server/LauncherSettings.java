package org.selene.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the launcher puts things and which ports it uses. Environment variables win over system
 * properties so that the same names work for the run command, CI and the README.
 */
public record LauncherSettings(
        Path payaraHome,
        Path earFile,
        Path jdbcDriver,
        Path dataDir,
        String domainName,
        int httpPort,
        int postgresPort,
        String serverHeap,
        Map<String, String> environment) {

    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_POSTGRES_PORT = 15432;

    /** Settings of the run command (./mvnw -Prun package). */
    public static LauncherSettings forRun() {
        Map<String, String> env = System.getenv();
        return new LauncherSettings(
                requiredPath("selene.payara.home"),
                requiredPath("selene.ear"),
                requiredPath("selene.jdbc.driver"),
                defaultDataDir(env),
                "selene",
                intSetting(env, "SELENE_HTTP_PORT", "selene.http.port", DEFAULT_HTTP_PORT),
                intSetting(env, "SELENE_PG_PORT", "selene.pg.port", DEFAULT_POSTGRES_PORT),
                setting(env, "SELENE_SERVER_HEAP", "selene.server.heap", "1g"),
                env);
    }

    static Path defaultDataDir(Map<String, String> env) {
        String configured = setting(env, "SELENE_DATA_DIR", "selene.data.dir", null);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("selene-ee");
    }

    /** Whether an external PostgreSQL was configured (the embedded one is then not started). */
    boolean externalDatabase() {
        String host = environment.get("DB_HOST");
        return host != null && !host.isBlank();
    }

    /**
     * Where the Payara domain listens: {@code SELENE_HTTP_HOST} (all interfaces by default, devices on
     * the LAN need it), {@code SELENE_ADMIN_HOST} (loopback) and {@code SELENE_DATAGRID_INTERFACE}
     * (loopback unless a second node must join), {@code SELENE_DATAGRID_MEMBERS} (the Data Grid's
     * members as host:port, when they are listed rather than discovered).
     */
    DomainXml.Exposure exposure() {
        DomainXml.Exposure defaults = DomainXml.Exposure.defaults();
        return new DomainXml.Exposure(
                setting(environment, "SELENE_HTTP_HOST", "selene.http.host", defaults.httpHost()),
                setting(environment, "SELENE_ADMIN_HOST", "selene.admin.host", defaults.adminHost()),
                setting(environment, "SELENE_DATAGRID_INTERFACE", "selene.datagrid.interface", defaults.dataGridInterface()),
                setting(environment, "SELENE_DATAGRID_MEMBERS", "selene.datagrid.members", defaults.dataGridMembers()));
    }

    static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (start through Maven: ./mvnw -Prun package)");
        }
        return Path.of(value).toAbsolutePath();
    }

    static String setting(Map<String, String> env, String envName, String property, String fallback) {
        String value = env.get(envName);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int intSetting(Map<String, String> env, String envName, String property, int fallback) {
        String value = setting(env, envName, property, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(envName + " must be a port number, was '" + value + "'", e);
        }
    }
}

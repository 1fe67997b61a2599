package org.selene.server;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application server is started with, whichever server it is: PostgreSQL (embedded
 * unless DB_HOST is set) and the environment the application reads (DB_*, the generated secrets,
 * SELENE_DATA_DIR, SELENE_BASE_URL).
 */
final class ApplicationEnvironment implements AutoCloseable {

    /** The admin API's bearer key: generated like the other secrets, and its place told once. */
    static final String ADMIN_KEY = "SELENE_ADMIN_KEY";

    static final List<String> GENERATED_SECRETS = List.of("JWT_ACCESS_SECRET", "JWT_REFRESH_SECRET", "JWT_RESET_SECRET", "SALT", ADMIN_KEY);

    private final LauncherSettings settings;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private EmbeddedDatabase embeddedDatabase;

    ApplicationEnvironment(LauncherSettings settings) {
        this.settings = settings;
    }

    /** Starts the database; {@code beforeApplication} runs on it before the secrets are settled and the application first meets it. */
    void start(String baseUrl, BeforeApplication beforeApplication) throws Exception {
        variables.putAll(settings.environment());
        startDatabase();
        beforeApplication.run();
        loadOrGenerateSecrets();
        variables.putIfAbsent("SELENE_DATA_DIR", settings.dataDir().toString());
        variables.putIfAbsent("SELENE_BASE_URL", baseUrl);
    }

    @FunctionalInterface
    interface BeforeApplication {
        void run() throws Exception;
    }

    Map<String, String> variables() {
        return variables;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + variables.get("DB_HOST") + ":" + variables.get("DB_PORT") + "/" + variables.get("DB_NAME");
    }

    String dbUser() {
        return variables.get("DB_USER");
    }

    String dbPassword() {
        return variables.get("DB_PASSWORD");
    }

    /** Runs one statement as the application's database user (e.g. a schema the server itself needs before the application migrates). */
    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl() + "?sslmode=" + variables.getOrDefault("DB_SSLMODE", "prefer"), dbUser(), dbPassword());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    Map<String, String> copy() {
        return new HashMap<>(variables);
    }

    private void startDatabase() throws IOException, SQLException {
        if (settings.externalDatabase()) {
            variables.putIfAbsent("DB_PORT", "5432");
            variables.putIfAbsent("DB_NAME", "mycroft");
            variables.putIfAbsent("DB_USER", "selene");
            variables.putIfAbsent("DB_PASSWORD", "");
            variables.putIfAbsent("DB_SSLMODE", "prefer");
            System.out.println("Using the external PostgreSQL at " + variables.get("DB_HOST") + ":" + variables.get("DB_PORT"));
            return;
        }
        embeddedDatabase = EmbeddedDatabase.start(settings.dataDir(), settings.postgresPort());
        variables.put("DB_HOST", "localhost");
        variables.put("DB_PORT", String.valueOf(settings.postgresPort()));
        variables.put("DB_NAME", EmbeddedDatabase.NAME);
        variables.put("DB_USER", EmbeddedDatabase.USER);
        variables.put("DB_PASSWORD", embeddedDatabase.password());
        variables.put("DB_SSLMODE", "disable");
    }

    /**
     * Secrets not given in the environment are generated once and kept in the data directory, so
     * sessions survive restarts. In production (SELENE_ENVIRONMENT=prod) the application refuses
     * to deploy without them instead.
     */
    private void loadOrGenerateSecrets() throws IOException {
        if ("prod".equalsIgnoreCase(variables.get("SELENE_ENVIRONMENT"))) {
            return;
        }
        variables.putAll(GeneratedSecrets.loadOrGenerate(settings.dataDir().resolve("secrets.properties"),
                GENERATED_SECRETS, variables, List.of(ADMIN_KEY)));
    }

    @Override
    public void close() {
        if (embeddedDatabase != null) {
            try {
                embeddedDatabase.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            embeddedDatabase = null;
        }
    }
}

package org.selene.it;

import org.selene.server.SeleneServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database as Selene's own bootstrap leaves it, built from the project's SQL: Selene's schema and
 * reference data (V1, V2) without Flyway's history table and without metric.core_interaction
 * (Selene ships its DDL, its bootstrap never creates it), plus the rows a Selene installation holds.
 */
final class SeleneDatabaseShape {

    private static final Path MIGRATIONS = Path.of("../ejb-domain/src/main/resources/db/migration");

    private SeleneDatabaseShape() {
    }

    static void create(SeleneServer server) throws Exception {
        create(server.jdbcUrl(), server.dbUser(), server.dbPassword());
    }

    static void create(String jdbcUrl, String user, String password) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(Files.readString(MIGRATIONS.resolve("V1__selene_schema.sql")));
            s.execute(Files.readString(MIGRATIONS.resolve("V2__selene_reference_data.sql")));
            s.execute("DROP TABLE metric.core_interaction");
            s.execute(resource("/selene-adoption/selene-data.sql"));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeleneDatabaseShape.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

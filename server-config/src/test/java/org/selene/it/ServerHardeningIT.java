package org.selene.it;

import org.junit.jupiter.api.Test;
import org.selene.server.SeleneServer;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run command's domain and database, as a neighbour on the home network meets them. */
@SeleneIT
class ServerHardeningIT {

    private final SeleneServer server = SeleneServerExtension.payara();

    @Test
    void theAdminInterfaceAsksForTheGeneratedPasswordOverTls() throws Exception {
        Path passwordFile = server.adminPasswordFile();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String line = Files.readString(passwordFile).trim();
        assertTrue(line.matches("AS_ADMIN_PASSWORD=[A-Za-z0-9_-]{32}"), "an asadmin password file");
        String password = line.substring("AS_ADMIN_PASSWORD=".length());

        URI domain = URI.create("https://localhost:" + server.adminPort() + "/management/domain");
        assertEquals(401, adminStatus(domain, null));
        assertEquals(401, adminStatus(domain, "admin:" + password + "x"));
        assertEquals(200, adminStatus(domain, "admin:" + password));
    }

    @Test
    void postgresRefusesAConnectionWithoutThePassword() throws Exception {
        SQLException none = assertThrows(SQLException.class, () -> DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), "").close());
        assertTrue(none.getMessage().contains("server requested SCRAM-based authentication"), none.getMessage());
        SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), "postgres").close());
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
        DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), server.dbPassword()).close();

        Path dataDir = server.adminPasswordFile().getParent();
        for (String rule : Files.readAllLines(dataDir.resolve("pgdata").resolve("pg_hba.conf"))) {
            if (!rule.isBlank() && !rule.strip().startsWith("#")) {
                assertFalse(rule.matches(".*\\btrust\\b.*"), rule);
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("postgres-password"))));
    }

    @Test
    void noResponseNamesTheServer() {
        for (String path : List.of("/v1/device/code?state=x", "/v1/device", "/sso/api/validate-token", "/account/api/agreement/privacy-policy",
                "/market/api/skill/available", "/health/ready", "/openapi", "/", "/login.xhtml", "/no-such-context/x", "/v1/no-such-route")) {
            Http.Reply response = Http.get(path);
            assertTrue(response.header("Server").isEmpty(), path + " Server: " + response.header("Server"));
            assertTrue(response.header("X-Powered-By").isEmpty(), path + " X-Powered-By: " + response.header("X-Powered-By"));
            assertFalse(response.body().contains("Payara") || response.body().contains("GlassFish"), path + ": " + response.body());
        }
    }

    /**
     * Payara logs a stack trace for every request whose path it cannot decode (GET /v1/x/%zz), before
     * any application sees it, and keeps every rotated log file by default: the running domain's
     * logging keeps a bounded number of files.
     */
    @Test
    void theServerLogKeepsABoundedNumberOfRotatedFiles() throws Exception {
        List<String> properties = Files.readAllLines(server.domainDir().resolve("config").resolve("logging.properties"));
        for (String handler : List.of("com.sun.enterprise.server.logging.GFFileHandler", "fish.payara.enterprise.server.logging.PayaraNotificationFileHandler")) {
            assertTrue(properties.contains(handler + ".maxHistoryFiles=10"), handler + ": " + properties);
            assertTrue(properties.contains(handler + ".rotationLimitInBytes=2000000"), handler + ": " + properties);
        }
    }

    /**
     * Every socket the server and the database listen on, read from /proc: only the HTTP listener
     * faces the network; the admin listener, IIOP, JMX, the Data Grid and PostgreSQL stay on loopback.
     */
    @Test
    void onlyTheHttpListenerFacesTheNetwork() throws Exception {
        List<String> listening = new ArrayList<>();
        for (long pid : processesMentioning(server.domainDir().toString())) {
            listening.addAll(listeningSockets(pid));
        }
        List<String> database = new ArrayList<>();
        for (long pid : processesMentioning(server.adminPasswordFile().getParent().resolve("pgdata").toString())) {
            database.addAll(listeningSockets(pid));
        }
        assertTrue(listening.contains("0.0.0.0:" + server.httpPort()), "the HTTP listener on every interface: " + listening);
        assertTrue(listening.stream().anyMatch(s -> s.endsWith(":" + server.adminPort())), "the admin listener: " + listening);
        assertFalse(database.isEmpty(), "PostgreSQL listens");
        for (String socket : listening) {
            assertTrue(socket.equals("0.0.0.0:" + server.httpPort()) || loopback(socket), "Payara listens on " + socket + " (all: " + listening + ")");
        }
        for (String socket : database) {
            assertTrue(loopback(socket), "PostgreSQL listens on " + socket);
        }
    }

    private static boolean loopback(String socket) {
        return socket.startsWith("127.") || socket.startsWith("[::1]:");
    }

    private static List<Long> processesMentioning(String text) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(text)).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    /** Local addresses of the LISTEN sockets a process holds ("0.0.0.0:8080", "[::1]:5432"). */
    private static List<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listed
                }
            }
        }
        List<String> sockets = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            List<String> rows = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    sockets.add(address(f[1]));
                }
            }
        }
        return sockets;
    }

    /** /proc/net/tcp's hex "0100007F:1F90" → "127.0.0.1:8080"; tcp6 addresses map ::ffff:a.b.c.d and :: too. */
    static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 8) {
            return ipv4(ip) + ":" + port;
        }
        if (ip.equals("00000000000000000000000000000000")) {
            return "0.0.0.0:" + port; // :: accepts IPv4 too
        }
        if (ip.startsWith("0000000000000000FFFF0000")) {
            return ipv4(ip.substring(24)) + ":" + port;
        }
        if (ip.equals("00000000000000000000000001000000")) {
            return "[::1]:" + port;
        }
        return "[" + ip + "]:" + port;
    }

    private static String ipv4(String littleEndianHex) {
        long v = Long.parseLong(littleEndianHex, 16);
        return (v & 0xff) + "." + (v >> 8 & 0xff) + "." + (v >> 16 & 0xff) + "." + (v >> 24 & 0xff);
    }

    private static int adminStatus(URI uri, String credentials) throws Exception {
        HttpsURLConnection connection = (HttpsURLConnection) uri.toURL().openConnection();
        // Payara's admin listener presents its self-signed certificate
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        connection.setSSLSocketFactory(tls.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setRequestProperty("Accept", "application/json");
        if (credentials != null) {
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}

package org.selene.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the whole backend: PostgreSQL (embedded unless DB_HOST is set), a Payara Server domain
 * with the JDBC pool, and the EAR. Used by the run command and by the integration tests, so both
 * exercise exactly the same start-up.
 */
public final class SeleneServer {

    static final String EMBEDDED_DB_NAME = "selene";
    static final String EMBEDDED_DB_USER = "postgres";
    static final List<String> GENERATED_SECRETS = List.of("JWT_ACCESS_SECRET", "JWT_REFRESH_SECRET", "JWT_RESET_SECRET", "SALT");

    private final LauncherSettings settings;
    private final Map<String, String> serverEnvironment = new LinkedHashMap<>();
    private EmbeddedPostgres embeddedPostgres;
    private boolean domainStarted;
    private BeforeDeploy beforeDeploy = server -> { };

    /** Work on the database after it is up and before the application first meets it. */
    @FunctionalInterface
    public interface BeforeDeploy {
        void run(SeleneServer server) throws Exception;
    }

    public SeleneServer(LauncherSettings settings) {
        this.settings = settings;
    }

    public int httpPort() {
        return settings.httpPort();
    }

    public int adminPort() {
        return portBase() + 48;
    }

    private int portBase() {
        return settings.httpPort() - 80;
    }

    public String baseUrl() {
        return "http://localhost:" + settings.httpPort();
    }

    /** The JDBC URL of the database the deployed application uses. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + serverEnvironment.get("DB_HOST") + ":" + serverEnvironment.get("DB_PORT") + "/" + serverEnvironment.get("DB_NAME");
    }

    public String dbUser() {
        return serverEnvironment.get("DB_USER");
    }

    public String dbPassword() {
        return serverEnvironment.get("DB_PASSWORD");
    }

    public Path serverLog() {
        return domainDir().resolve("logs").resolve("server.log");
    }

    /** The integration suite shapes the database with it (an adopted Selene database). */
    public SeleneServer beforeDeploy(BeforeDeploy work) {
        this.beforeDeploy = work;
        return this;
    }

    public synchronized void start() throws Exception {
        Files.createDirectories(settings.dataDir());
        serverEnvironment.putAll(settings.environment());
        startDatabase();
        beforeDeploy.run(this);
        loadOrGenerateSecrets();
        serverEnvironment.putIfAbsent("SELENE_DATA_DIR", settings.dataDir().toString());
        serverEnvironment.putIfAbsent("SELENE_BASE_URL", baseUrl());
        boolean fresh = ensureDomain();
        stopStaleDomain();
        List<String> start = new ArrayList<>(List.of("start-domain"));
        if (fresh) {
            start.addAll(List.of("--postbootcommandfile", writePostBootCommands().toString()));
        }
        start.add(settings.domainName());
        asadmin(start);
        domainStarted = true;
        if (!fresh) {
            // an EAR left deployed by a killed run would start against this database first
            undeployQuietly();
        }
        deploy();
    }

    /** Deploys (or redeploys) the EAR and waits until the application reports ready. */
    public void deploy() throws Exception {
        asadmin(List.of("--port", String.valueOf(adminPort()), "deploy", "--force=true", "--name", "selene", settings.earFile().toString()));
        awaitReady(Duration.ofMinutes(3));
    }

    public synchronized void stop() {
        if (domainStarted) {
            undeployQuietly();
            try {
                asadmin(List.of("stop-domain", settings.domainName()));
            } catch (Exception e) {
                System.err.println("Could not stop Payara cleanly: " + e.getMessage());
            }
            domainStarted = false;
        }
        if (embeddedPostgres != null) {
            try {
                embeddedPostgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            embeddedPostgres = null;
        }
    }

    private void undeployQuietly() {
        try {
            asadmin(List.of("--port", String.valueOf(adminPort()), "undeploy", "selene"));
        } catch (Exception e) {
            // nothing was deployed
        }
    }

    public void printUrls(PrintStream out) {
        String base = baseUrl();
        out.println();
        out.println("Selene EE is up:");
        out.println("  Web pages    " + base + "/            (sign up, pair a device with its spoken code)");
        out.println("  Device API   " + base + "/v1         (mycroft.conf: server.url=" + base + ", server.version=v1)");
        out.println("  SSO API      " + base + "/sso/api");
        out.println("  Account API  " + base + "/account/api");
        out.println("  Market API   " + base + "/market/api");
        out.println("  Health       " + base + "/health/ready");
        out.println("  OpenAPI      " + base + "/openapi");
        out.println("  Admin        http://localhost:" + adminPort() + " (Payara console)");
        out.println("  Data dir     " + settings.dataDir());
        out.println("  Server log   " + serverLog());
        out.println();
    }

    private void startDatabase() throws IOException, SQLException {
        if (settings.externalDatabase()) {
            serverEnvironment.putIfAbsent("DB_PORT", "5432");
            serverEnvironment.putIfAbsent("DB_NAME", "mycroft");
            serverEnvironment.putIfAbsent("DB_USER", "selene");
            serverEnvironment.putIfAbsent("DB_PASSWORD", "");
            serverEnvironment.putIfAbsent("DB_SSLMODE", "prefer");
            System.out.println("Using the external PostgreSQL at " + serverEnvironment.get("DB_HOST") + ":" + serverEnvironment.get("DB_PORT"));
            return;
        }
        Path pgData = settings.dataDir().resolve("pgdata");
        System.out.println("Starting the embedded PostgreSQL on port " + settings.postgresPort() + " (data: " + pgData + ")");
        // zonky runs initdb/postgres inside `unshare -U` when started as root, where PostgreSQL would refuse to run.
        embeddedPostgres = EmbeddedPostgres.builder()
                .setPort(settings.postgresPort())
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky's defaults are for throw-away test databases (fsync and synchronous commit
                // off); this one is the self-hoster's only copy of accounts and devices
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + settings.postgresPort() + "/postgres", EMBEDDED_DB_USER, "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + EMBEDDED_DB_NAME + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + EMBEDDED_DB_NAME);
                }
            }
        }
        serverEnvironment.put("DB_HOST", "localhost");
        serverEnvironment.put("DB_PORT", String.valueOf(settings.postgresPort()));
        serverEnvironment.put("DB_NAME", EMBEDDED_DB_NAME);
        serverEnvironment.put("DB_USER", EMBEDDED_DB_USER);
        serverEnvironment.put("DB_PASSWORD", "postgres");
        serverEnvironment.put("DB_SSLMODE", "disable");
    }

    /**
     * Secrets not given in the environment are generated once and kept in the data directory, so
     * sessions survive restarts. In production (SELENE_ENVIRONMENT=prod) the application refuses
     * to deploy without them instead.
     */
    private void loadOrGenerateSecrets() throws IOException {
        if ("prod".equalsIgnoreCase(serverEnvironment.get("SELENE_ENVIRONMENT"))) {
            return;
        }
        Path file = settings.dataDir().resolve("secrets.properties");
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                secrets.load(in);
            }
        }
        SecureRandom random = new SecureRandom();
        boolean changed = false;
        for (String name : GENERATED_SECRETS) {
            if (secrets.getProperty(name) == null) {
                byte[] bytes = new byte[48];
                random.nextBytes(bytes);
                secrets.setProperty(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                changed = true;
            }
            String fromEnv = serverEnvironment.get(name);
            if (fromEnv == null || fromEnv.isBlank()) {
                serverEnvironment.put(name, secrets.getProperty(name));
            }
        }
        if (changed) {
            try (OutputStream out = Files.newOutputStream(file)) {
                secrets.store(out, "Generated by Selene EE; keep private");
            }
            restrictToOwner(file);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: nothing more we can do
        }
    }

    private Path domainsDir() {
        return settings.payaraHome().resolve("glassfish").resolve("domains");
    }

    private Path domainDir() {
        return domainsDir().resolve(settings.domainName());
    }

    /** Raised whenever the domain's creation changes, so that an existing domain is created anew. */
    private static final int DOMAIN_REVISION = 5;
    /**
     * Request threads of the HTTP listener (Payara's default is 5). Few on purpose: device requests
     * only compute and query PostgreSQL, and more threads than that on two cores only stretched
     * the slowest answers (p99 of writes at 32 concurrent devices: 54-76 ms with 64 threads,
     * 35-48 ms with 12); the routes that wait on a third party wait on the UpstreamExecutor.
     */
    static final int HTTP_THREADS = 16;

    /**
     * Sizes the server's HTTP thread pool in domain.xml before its first boot: set with asadmin after
     * boot, the size only took effect at the next start, so a fresh domain served with five threads.
     */
    static String withHttpThreads(String domainXml, int threads) {
        Matcher pool = Pattern.compile("<thread-pool name=\"http-thread-pool\"([^>]*?)(/?)>").matcher(domainXml);
        if (!pool.find()) {
            throw new IllegalStateException("domain.xml has no http-thread-pool");
        }
        String attributes = pool.group(1).replaceAll("\\s*max-thread-pool-size=\"[^\"]*\"", "");
        return domainXml.substring(0, pool.start()) + "<thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"" + threads + "\""
                + attributes + pool.group(2) + ">" + domainXml.substring(pool.end());
    }

    /** Creates the Payara domain on first use (or when the port or DOMAIN_REVISION changed); true when it is new. */
    private boolean ensureDomain() throws Exception {
        Path marker = domainDir().resolve("selene-portbase");
        String layout = portBase() + " " + DOMAIN_REVISION;
        if (Files.exists(marker) && Files.readString(marker).trim().equals(layout)) {
            return false;
        }
        if (Files.exists(domainDir())) {
            stopStaleDomain();
            asadmin(List.of("delete-domain", settings.domainName()));
        }
        asadmin(List.of("--interactive=false", "create-domain", "--nopassword=true", "--checkports=false",
                "--portbase", String.valueOf(portBase()), settings.domainName()));
        Path domainLib = domainDir().resolve("lib");
        Files.createDirectories(domainLib);
        // the global pool (shared by JPA and the batch job repository) needs the driver in the domain
        Files.copy(settings.jdbcDriver(), domainLib.resolve("postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path domainXml = domainDir().resolve("config").resolve("domain.xml");
        String xml = Files.readString(domainXml);
        // DRBG rather than NativePRNG as the default SecureRandom: Payara draws a random UUID for
        // every request (request tracing, even when off), and NativePRNG serialises all of them on
        // one lock and a read of /dev/urandom
        xml = xml.replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx" + settings.serverHeap() + "</jvm-options>"
                + "<jvm-options>-Djava.security.egd=file:/dev/./urandom</jvm-options>");
        xml = withHttpThreads(xml, HTTP_THREADS);
        Files.writeString(domainXml, xml);
        Files.writeString(marker, layout);
        return true;
    }

    private Path writePostBootCommands() throws IOException {
        String pool = "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --steadypoolsize 8 --maxpoolsize 48"
                // validated at most once a minute per connection, not with an extra round trip per transaction
                + " --isconnectvalidatereq=true --validateatmostonceperiod 60 --validationmethod custom-validation"
                + " --statementcachesize 64"
                + " --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                + " --failconnection=false"
                + " --property serverName=${ENV=DB_HOST}:portNumber=${ENV=DB_PORT}:databaseName=${ENV=DB_NAME}"
                + ":user=${ENV=DB_USER}:password=${ENV=DB_PASSWORD}:sslmode=${ENV=DB_SSLMODE}"
                + ":stringtype=unspecified:ApplicationName=selene-ee selenePool";
        List<String> commands = List.of(
                pool,
                "create-jdbc-resource --connectionpoolid selenePool jdbc/selene",
                "set-batch-runtime-configuration --datasourcelookupname jdbc/selene");
        Path file = domainDir().resolve("selene-postboot.asadmin");
        Files.write(file, commands, StandardCharsets.UTF_8);
        return file;
    }

    /** A domain left running by a killed run would hold the ports; stop it first. */
    private void stopStaleDomain() throws Exception {
        if (portInUse(adminPort())) {
            asadmin(List.of("stop-domain", settings.domainName()));
        }
    }

    private static boolean portInUse(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI ready = URI.create(baseUrl() + "/health/ready");
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection connection = (HttpURLConnection) ready.toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                last = connection.getResponseCode();
                connection.disconnect();
                if (last == 200) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Selene did not become ready within " + timeout + " (last status " + last + "); see " + serverLog());
    }

    private void asadmin(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(settings.payaraHome().resolve("bin").resolve("asadmin").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(serverEnvironment);
        env.put("AS_JAVA", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String verb = arguments.stream().filter(a -> !a.startsWith("-") && !a.matches("\\d+")).findFirst().orElse("asadmin");
        if (exit != 0) {
            throw new IllegalStateException("asadmin " + verb + " failed (exit " + exit + "):\n" + output);
        }
        System.out.println("asadmin " + verb + ": ok");
    }

    /** Environment the server JVM was started with (for tests that need the generated secrets). */
    public Map<String, String> serverEnvironment() {
        return new HashMap<>(serverEnvironment);
    }
}

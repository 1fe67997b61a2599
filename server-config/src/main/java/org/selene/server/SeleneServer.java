package org.selene.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the whole backend: PostgreSQL (embedded unless DB_HOST is set), a Payara Server domain
 * with the JDBC pool, and the EAR. Used by the run command and by the integration tests, so both
 * exercise exactly the same start-up.
 */
public final class SeleneServer extends Backend {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD_FILE = "asadmin-password";

    /** start-domain's wait (its default is 600 s); a healthy start, first boot included, takes well under a minute. */
    private static final int START_TIMEOUT_SECONDS = 240;

    private boolean domainStarted;
    private BeforeDeploy beforeDeploy = server -> { };
    /** Instances of this domain started by {@link #startInstance}, stopped with it. */
    private final List<String> instances = new ArrayList<>();

    /** Work on the database after it is up and before the application first meets it. */
    @FunctionalInterface
    public interface BeforeDeploy {
        void run(SeleneServer server) throws Exception;
    }

    public SeleneServer(LauncherSettings settings) {
        super(settings, "Payara Server");
    }

    public int adminPort() {
        return portBase() + 48;
    }

    private int portBase() {
        return settings.httpPort() - 80;
    }

    @Override
    public Path serverLog() {
        return domainDir().resolve("logs").resolve("server.log");
    }

    /** The integration suite shapes the database with it (an adopted Selene database). */
    public SeleneServer beforeDeploy(BeforeDeploy work) {
        this.beforeDeploy = work;
        return this;
    }

    @Override
    public synchronized void start() throws Exception {
        Files.createDirectories(settings.dataDir());
        application.start(baseUrl(), () -> beforeDeploy.run(this));
        loadOrGenerateAdminPassword();
        boolean fresh;
        try {
            fresh = bootDomain();
        } catch (IllegalStateException failed) {
            // Payara 6 now and then fails its own startup (an HK2 race among its startup services,
            // a ConcurrentModificationException), and its JVM then lingers, held by the Data Grid's
            // threads, while start-domain waits: that JVM is ended and the domain booted once more
            System.out.println("the domain did not start; starting it once more (" + firstLine(failed.getMessage()) + ")");
            endDomainProcess();
            fresh = bootDomain();
        }
        domainStarted = true;
        if (fresh) {
            asadmin(List.of("restart-domain", settings.domainName()));
            // only now is the domain complete: a first boot that failed or was killed leaves no
            // marker, and the next start creates the domain anew instead of starting it half made
            Files.writeString(domainMarker(), domainLayout());
        }
        if (!fresh) {
            // an EAR left deployed by a killed run would start against this database first
            undeployQuietly();
        }
        deploy();
    }

    /** Makes the domain if it is not complete and starts it; true when it was made now (and still needs its first restart). */
    private boolean bootDomain() throws Exception {
        boolean fresh = ensureDomain();
        stopStaleDomain();
        hardenDomain();
        List<String> start = new ArrayList<>(List.of("start-domain", "--timeout", String.valueOf(START_TIMEOUT_SECONDS)));
        if (fresh) {
            start.addAll(List.of("--postbootcommandfile", writePostBootCommands().toString()));
        }
        start.add(settings.domainName());
        asadmin(start);
        return fresh;
    }

    /** Ends the JVM of this domain's server if one is left, whatever state it is in (Payara writes its pid at launch). */
    private void endDomainProcess() throws IOException {
        Path pidFile = domainDir().resolve("config").resolve("pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")).orElse(false)).ifPresent(server -> {
            server.destroyForcibly();
            server.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** Deploys (or redeploys) the EAR and waits until the application reports ready. */
    public void deploy() throws Exception {
        asadmin(List.of("--port", String.valueOf(adminPort()), "deploy", "--force=true", "--name", "selene", settings.earFile().toString()));
        awaitReady(URI.create(baseUrl() + "/health/ready"), Duration.ofMinutes(3));
    }

    /**
     * Adds a second node of this domain on this machine, as README "Several nodes" does by hand: its
     * own ports from {@code portBase} (HTTP on portBase + 80, Data Grid on portBase + 59), the same
     * JDBC resource, job repository and EAR, and EJB timers in the Data Grid (the default timer
     * database is the DAS's alone). Its Data Grid finds the DAS's only through SELENE_DATAGRID_MEMBERS.
     */
    public synchronized void createInstance(String name, int portBase) throws Exception {
        String das = String.valueOf(adminPort());
        if (portInUse(portBase + 48)) {
            asadmin(List.of("--port", das, "stop-local-instance", "--kill=true", name));
        }
        deleteRecursively(instanceDir(name));
        asadmin(List.of("--port", das, "create-local-instance", "--portbase", String.valueOf(portBase), name));
        asadmin(List.of("--port", das, "create-system-properties", "--target", name, "HZ_LISTENER_PORT=" + (portBase + 59)));
        asadmin(List.of("--port", das, "create-resource-ref", "--target", name, "jdbc/selene"));
        asadmin(List.of("--port", das, "set-batch-runtime-configuration", "--target", name, "--datasourcelookupname", "jdbc/selene"));
        asadmin(List.of("--port", das, "set", "configs.config." + name + "-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"));
        asadmin(List.of("--port", das, "create-application-ref", "--target", name, "selene"));
    }

    /** Starts (or restarts) an instance made by {@link #createInstance} and waits until it serves. */
    public synchronized void startInstance(String name, int portBase) throws Exception {
        asadmin(List.of("--port", String.valueOf(adminPort()), "start-local-instance", name));
        if (!instances.contains(name)) {
            instances.add(name);
        }
        awaitReady(URI.create("http://localhost:" + (portBase + 80) + "/health/ready"), Duration.ofMinutes(5));
    }

    /** The process id of a running instance, as the instance wrote it. */
    public long instancePid(String name) throws IOException {
        return Long.parseLong(Files.readString(instanceDir(name).resolve("config").resolve("pid")).trim());
    }

    private Path instanceDir(String name) {
        return settings.payaraHome().resolve("glassfish").resolve("nodes").resolve("localhost-" + settings.domainName()).resolve(name);
    }

    @Override
    public synchronized void stop() {
        for (String instance : instances) {
            try {
                asadmin(List.of("--port", String.valueOf(adminPort()), "stop-local-instance", "--kill=true", instance));
            } catch (Exception e) {
                System.err.println("Could not stop instance " + instance + ": " + e.getMessage());
            }
        }
        instances.clear();
        if (domainStarted) {
            undeployQuietly();
            try {
                asadmin(List.of("stop-domain", settings.domainName()));
            } catch (Exception e) {
                System.err.println("Could not stop Payara cleanly: " + e.getMessage());
            }
            domainStarted = false;
        }
        application.close();
    }

    private void undeployQuietly() {
        try {
            asadmin(List.of("--port", String.valueOf(adminPort()), "undeploy", "selene"));
        } catch (Exception e) {
            // nothing was deployed
        }
    }

    @Override
    protected List<String> operatorUrls() {
        return List.of(
                "Health       " + baseUrl() + "/health/ready",
                "Admin        https://localhost:" + adminPort() + " (Payara console; user " + ADMIN_USER + ", password in " + adminPasswordFile() + ")");
    }

    /**
     * The Payara admin user's password, generated on first start and kept as an asadmin password
     * file, so that operators and scripts run {@code asadmin --user admin --passwordfile <file>}.
     */
    private void loadOrGenerateAdminPassword() throws IOException {
        Path file = adminPasswordFile();
        if (Files.exists(file)) {
            SecretFiles.restrictToOwner(file);
            return;
        }
        String password = SecretFiles.newSecret();
        SecretFiles.writeOwnerOnly(file, "AS_ADMIN_PASSWORD=" + password + "\n");
        System.out.println("Generated the password of the Payara admin user '" + ADMIN_USER + "': " + password);
        System.out.println("  (shown this once; it is kept in " + file + ")");
    }

    /** The asadmin password file of the domain's admin user. */
    public Path adminPasswordFile() {
        return settings.dataDir().resolve(ADMIN_PASSWORD_FILE);
    }

    private Path domainsDir() {
        return settings.payaraHome().resolve("glassfish").resolve("domains");
    }

    public Path domainDir() {
        return domainsDir().resolve(settings.domainName());
    }

    /** Raised whenever the domain's creation changes, so that an existing domain is created anew. */
    private static final int DOMAIN_REVISION = 6;
    /**
     * Request threads of the HTTP listener (Payara's default is 5). Few on purpose: device requests
     * only compute and query PostgreSQL, and more threads than that on two cores only stretched
     * the slowest answers (p99 of writes at 32 concurrent devices: 54-76 ms with 64 threads,
     * 35-48 ms with 12); the routes that wait on a third party wait on the UpstreamExecutor.
     */
    static final int HTTP_THREADS = 16;

    /**
     * Creates the Payara domain on first use, when the port, DOMAIN_REVISION or admin password
     * changed, or when an earlier first boot did not complete; true when it is new.
     */
    private boolean ensureDomain() throws Exception {
        Path marker = domainMarker();
        if (Files.exists(marker) && Files.readString(marker).trim().equals(domainLayout())) {
            return false;
        }
        if (Files.exists(domainDir())) {
            stopStaleDomain();
            deleteDomain();
        }
        asadmin(List.of("--interactive=false", "create-domain", "--checkports=false",
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
        xml = DomainXml.withHttpThreads(xml, HTTP_THREADS);
        Files.writeString(domainXml, xml);
        return true;
    }

    /** Written once a new domain's first boot is done; what it records must match for the domain to be reused. */
    private Path domainMarker() {
        return domainDir().resolve("selene-portbase");
    }

    /** A domain holds its admin password: a new data directory (a new password file) needs a new domain. */
    private String domainLayout() throws Exception {
        return portBase() + " " + DOMAIN_REVISION + " " + fingerprint(Files.readString(adminPasswordFile()));
    }

    private static String fingerprint(String secret) throws java.security.NoSuchAlgorithmException {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest, 0, 8);
    }

    /** A domain left half-created (no domain.xml) cannot be deleted by asadmin: remove its directory. */
    private void deleteDomain() throws Exception {
        if (Files.exists(domainDir().resolve("config").resolve("domain.xml"))) {
            try {
                asadmin(List.of("delete-domain", settings.domainName()));
                return;
            } catch (IllegalStateException e) {
                System.out.println("asadmin delete-domain failed; removing " + domainDir());
            }
        }
        deleteRecursively(domainDir());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Applied before every start (the domain is stopped), so changed bind addresses take effect. */
    private void hardenDomain() throws IOException {
        Path domainXml = domainDir().resolve("config").resolve("domain.xml");
        Files.writeString(domainXml, DomainXml.hardened(Files.readString(domainXml), settings.exposure()));
        Path logging = domainDir().resolve("config").resolve("logging.properties");
        Files.writeString(logging, DomainLogging.bounded(Files.readString(logging)));
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
                "set-batch-runtime-configuration --datasourcelookupname jdbc/selene",
                // also edited in domain.xml, but a fresh domain's first boot put the broker back
                "set configs.config.server-config.jms-service.type=DISABLED",
                // admin over TLS only; takes effect at the restart that follows a domain's first boot
                "enable-secure-admin");
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

    private void awaitReady(URI ready, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
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
        command.addAll(List.of("--user", ADMIN_USER, "--passwordfile", adminPasswordFile().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(application.variables());
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
}

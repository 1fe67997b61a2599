package org.selene.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the whole backend on WildFly instead of Payara: the same PostgreSQL and environment
 * ({@link ApplicationEnvironment}), a server base directory in the data directory configured by
 * {@link WildFlyConfiguration} on first start, and the same EAR through the deployment scanner.
 * The management interface (console, CLI, health) listens on 127.0.0.1 only and has no user:
 * the server's own OS user reaches it with {@code jboss-cli.sh --connect} (local authentication).
 */
public final class WildFlyServer extends Backend {

    private final Path wildflyHome;
    private final Path modules;
    private Process server;

    /**
     * @param wildflyHome the unpacked WildFly distribution (left as unpacked: the server's state lives in the data directory)
     * @param modules     the jars of the modules WildFly lacks (WildFlyConfiguration.MODULES)
     */
    public WildFlyServer(LauncherSettings settings, Path wildflyHome, Path modules) {
        super(settings, "WildFly");
        this.wildflyHome = wildflyHome;
        this.modules = modules;
    }

    /** WildFly's port offset: the HTTP port minus its default 8080 (the management port moves with it). */
    private int portOffset() {
        return settings.httpPort() - 8080;
    }

    public int managementPort() {
        return 9990 + portOffset();
    }

    public Path baseDir() {
        return settings.dataDir().resolve("wildfly");
    }

    @Override
    public Path serverLog() {
        return baseDir().resolve("log").resolve("server.log");
    }

    @Override
    public synchronized void start() throws Exception {
        Files.createDirectories(settings.dataDir());
        application.start(baseUrl(), () -> { });
        // JBeret makes its tables when the server starts, before the application's Flyway would
        // find the public schema empty: they live in a schema of their own
        application.execute("CREATE SCHEMA IF NOT EXISTS " + WildFlyConfiguration.JOB_REPOSITORY_SCHEMA);
        Map<String, String> env = application.variables();
        env.putIfAbsent("SELENE_DATASOURCE", WildFlyConfiguration.DATASOURCE_JNDI);
        WildFlyConfiguration configuration = new WildFlyConfiguration(wildflyHome, baseDir(), modules);
        configuration.ensure();
        WildFlyCacheCluster.write(baseDir().resolve("configuration"), settings.exposure(), WildFlyCacheCluster.BASE_PORT + portOffset())
                .ifPresent(file -> env.putIfAbsent("SELENE_JCACHE_URI", file.toUri().toString()));
        Path deployments = baseDir().resolve("deployments");
        Files.createDirectories(deployments);
        for (String marker : List.of(".failed", ".deployed", ".undeployed", ".isdeploying", ".pending")) {
            Files.deleteIfExists(deployments.resolve("selene.ear" + marker));
        }
        Files.copy(settings.earFile(), deployments.resolve("selene.ear"), StandardCopyOption.REPLACE_EXISTING);
        server = launch(env);
        awaitReady(Duration.ofMinutes(5));
    }

    private Process launch(Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(wildflyHome.resolve("bin").resolve("standalone.sh").toString(),
                "-c", WildFlyConfiguration.SERVER_CONFIG,
                "-Djboss.server.base.dir=" + baseDir(),
                "-Djboss.socket.binding.port-offset=" + portOffset(),
                "-Djboss.bind.address=" + settings.exposure().httpHost(),
                "-Djboss.bind.address.management=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.dataDir().resolve("wildfly-console.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // standalone.conf's defaults are replaced when JAVA_OPTS is set: these are them, with our heap
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx" + settings.serverHeap() + " -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                + " -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
                + " -Djava.security.egd=file:/dev/./urandom");
        // standalone.sh runs the JVM in the background and forwards the TERM of stop() to it
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        System.out.println("Starting WildFly (" + wildflyHome.getFileName() + ", base " + baseDir() + ")");
        return builder.start();
    }

    /** Ready when WildFly's readiness (management port) is UP with the EAR deployed; a failed deployment ends the wait at once. */
    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        URI ready = URI.create("http://127.0.0.1:" + managementPort() + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("WildFly exited (" + server.exitValue() + "); see " + serverLog());
            }
            if (Files.exists(baseDir().resolve("deployments").resolve("selene.ear.failed"))) {
                throw new IllegalStateException("WildFly could not deploy the EAR: " + Files.readString(baseDir().resolve("deployments").resolve("selene.ear.failed")));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) ready.toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                int status = connection.getResponseCode();
                String body = new String((status == 200 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
                connection.disconnect();
                last = status + " " + body;
                if (status == 200 && body.contains("\"selene.ear\":\"OK\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.getMessage();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Selene did not become ready on WildFly within " + timeout + " (last: " + last + "); see " + serverLog());
    }

    /** standalone.sh and the server's JVM it started: what kill -9 of the node ends. */
    public synchronized List<ProcessHandle> processes() {
        if (server == null) {
            return List.of();
        }
        List<ProcessHandle> all = new ArrayList<>(server.toHandle().descendants().toList());
        all.add(server.toHandle());
        return all;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.toHandle().descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
        application.close();
    }

    @Override
    protected List<String> operatorUrls() {
        return List.of(
                "Health       http://127.0.0.1:" + managementPort() + "/health/ready (management interface, this machine only)",
                "CLI          " + wildflyHome.resolve("bin").resolve("jboss-cli.sh") + " --connect --controller=127.0.0.1:" + managementPort());
    }
}

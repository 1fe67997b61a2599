package org.selene.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.selene.server.Backend;
import org.selene.server.LauncherSettings;
import org.selene.server.SeleneServer;
import org.selene.server.WildFlyServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the backend once for the whole integration suite (fresh embedded PostgreSQL, Payara
 * domain, the built EAR) exactly as the run command does, and stops it when the suite ends. The
 * "wildfly" execution starts the same EAR on WildFly instead, as the WildFly run command does.
 */
public class SeleneServerExtension implements BeforeAllCallback {

    private static Backend server;

    /** Third-party stand-ins listen on these fixed ports; the server is told about them at start. */
    public static final int STAND_IN_PORT_BASE = Integer.getInteger("selene.it.standin.port", 18900);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SeleneServerExtension.class) {
            if (server == null) {
                Backend started;
                if (wildfly()) {
                    started = new WildFlyServer(settings(), Path.of(System.getProperty("selene.wildfly.home")),
                            Path.of(System.getProperty("selene.wildfly.modules")));
                } else {
                    SeleneServer payara = new SeleneServer(settings());
                    if (bare()) {
                        // the second server adopts a database as Selene's bootstrap leaves it (BareAdoptionIT)
                        payara.beforeDeploy(SeleneDatabaseShape::create);
                    }
                    started = payara;
                }
                try {
                    started.start();
                } catch (Exception e) {
                    started.stop();
                    throw e;
                }
                server = started;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SeleneServerExtension.class.getName(), (ExtensionContext.Store.CloseableResource) () -> server.stop());
            }
        }
    }

    public static Backend server() {
        if (server == null) {
            throw new IllegalStateException("the test class must be annotated with @SeleneIT");
        }
        return server;
    }

    /** For what only Payara has (asadmin, redeploying through it). */
    public static SeleneServer payara() {
        if (server() instanceof SeleneServer payara) {
            return payara;
        }
        throw new IllegalStateException("this test needs Payara, the suite runs on " + server.getClass().getSimpleName());
    }

    private static boolean bare() {
        return "bare".equals(System.getProperty("selene.it.profile"));
    }

    /** The "wildfly" execution: the same EAR on WildFly (docs/wildfly.md). */
    static boolean wildfly() {
        return "wildfly".equals(System.getProperty("selene.it.profile"));
    }

    private static LauncherSettings settings() throws IOException {
        Path itDir = Path.of(System.getProperty("selene.it.dir", "target/it")).toAbsolutePath();
        Path dataDir = itDir.resolve("data");
        deleteRecursively(dataDir);
        Map<String, String> env = new HashMap<>(System.getenv());
        // the suite always runs on its own embedded database, whatever the developer's shell says
        env.keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("JWT_") || k.equals("SELENE_ENVIRONMENT"));
        // the bare-configuration execution starts a server with nothing optional configured
        boolean bare = bare();
        env.keySet().removeIf(k -> k.startsWith("OWM_") || k.startsWith("WOLFRAM_") || k.startsWith("GOOGLE_") || k.startsWith("EMAIL_")
                || k.startsWith("GITHUB_") || k.startsWith("SESSION_COOKIE_") || k.startsWith("STT_") || k.startsWith("OVOS_") || k.startsWith("OAUTH_"));
        env.putAll(bare ? StandIns.bareServerEnvironment() : StandIns.serverEnvironment());
        env.keySet().removeIf(k -> k.startsWith("SELENE_DATAGRID_"));
        int port = Integer.getInteger("selene.it.port", 18080);
        if ("cluster".equals(System.getProperty("selene.it.profile"))) {
            // the DAS's Data Grid (port base + 49) and ClusterIT's second instance's, 100 ports up
            env.put("SELENE_DATAGRID_MEMBERS", "127.0.0.1:" + (port - 80 + 49) + ",127.0.0.1:" + (port - 80 + 100 + 59));
        }
        if (wildfly()) {
            // the caches replicated with WildFlyClusterIT's second node (HTTP 100 ports up): JGroups at 7600 + each port offset
            env.put("SELENE_DATAGRID_MEMBERS", "127.0.0.1:" + (port - 8080 + 7600) + ",127.0.0.1:" + (port - 8080 + 100 + 7600));
        }
        return new LauncherSettings(
                Path.of(System.getProperty("selene.payara.home")),
                Path.of(System.getProperty("selene.ear")),
                Path.of(System.getProperty("selene.jdbc.driver")),
                dataDir,
                "selene-it" + (System.getProperty("selene.it.profile") == null ? "" : "-" + System.getProperty("selene.it.profile")),
                port,
                Integer.getInteger("selene.it.pg.port", 15440),
                "1g",
                env);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

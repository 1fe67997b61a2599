package org.selene.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole backend as started on one application server (Payara: SeleneServer; WildFly:
 * WildFlyServer), with what both share: the launcher's settings and the application's environment.
 */
public abstract class Backend {

    protected final LauncherSettings settings;
    protected final ApplicationEnvironment application;
    private final String serverName;

    protected Backend(LauncherSettings settings, String serverName) {
        this.settings = settings;
        this.serverName = serverName;
        this.application = new ApplicationEnvironment(settings);
    }

    public abstract void start() throws Exception;

    public abstract void stop();

    public abstract Path serverLog();

    /** Tells the person at the console where everything is. */
    public void printUrls(PrintStream out) {
        String base = baseUrl();
        out.println();
        out.println("Selene EE is up on " + serverName + ":");
        out.println("  Web pages    " + base + "/            (sign up, pair a device with its spoken code)");
        out.println("  Device API   " + base + "/v1         (mycroft.conf: server.url=" + base + ", server.version=v1)");
        out.println("  SSO API      " + base + "/sso/api");
        out.println("  Account API  " + base + "/account/api");
        out.println("  Market API   " + base + "/market/api");
        out.println("  OpenAPI      " + base + "/openapi");
        for (String line : operatorUrls()) {
            out.println("  " + line);
        }
        out.println("  Data dir     " + settings.dataDir());
        out.println("  Server log   " + serverLog());
        out.println();
    }

    /** Health and the administration of this server, each line "Label        where". */
    protected abstract java.util.List<String> operatorUrls();

    public int httpPort() {
        return settings.httpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + settings.httpPort();
    }

    /** The environment the server was started with (the generated secrets, DB_*, ...). */
    public Map<String, String> serverEnvironment() {
        return application.copy();
    }

    /** The JDBC URL of the database the deployed application uses. */
    public String jdbcUrl() {
        return application.jdbcUrl();
    }

    public String dbUser() {
        return application.dbUser();
    }

    public String dbPassword() {
        return application.dbPassword();
    }
}

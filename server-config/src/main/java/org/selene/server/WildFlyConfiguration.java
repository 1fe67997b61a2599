package org.selene.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What WildFly 39 needs before it runs the EAR (docs/wildfly.md says why, step by step): the
 * modules it lacks (the PostgreSQL driver, the JCache API and a JCache provider, EclipseLink inside
 * its own persistence module), and a server configuration made from standalone-full.xml by a
 * jboss-cli script: MicroProfile Fault Tolerance, Health and OpenAPI, the data source, JBeret's job
 * repository in PostgreSQL, and nothing listening that the backend does not use.
 */
final class WildFlyConfiguration {

    static final String SERVER_CONFIG = "standalone-selene.xml";
    static final String DATASOURCE_JNDI = "java:/jdbc/selene";
    static final String JOB_REPOSITORY_SCHEMA = "jberet";
    /** Raised whenever the configuration script changes, so that an existing base directory is configured anew. */
    private static final int REVISION = 4;

    /** A module WildFly lacks: its name, jars (file names in the modules directory) and dependencies. */
    record Module(String name, List<String> jars, List<String> dependencies) {
    }

    static final List<Module> MODULES = List.of(
            new Module("org.postgresql", List.of("postgresql.jar"),
                    List.of("java.sql", "java.naming", "java.logging", "java.management", "jakarta.transaction.api")),
            new Module("javax.cache.api", List.of("cache-api.jar"), List.of("java.logging")),
            // Infinispan's JCache on WildFly's own Infinispan and JGroups: node-local, or replicated
            // between the nodes named in SELENE_DATAGRID_MEMBERS (InfinispanConfiguration; docs/wildfly.md)
            new Module("org.selene.jcache", List.of("infinispan-jcache.jar", "infinispan-jcache-commons.jar"),
                    List.of("javax.cache.api", "org.infinispan.core", "org.infinispan.commons", "org.infinispan.protostream",
                            "org.jgroups", "org.jboss.logging", "java.logging", "java.management", "jakarta.transaction.api")),
            // RequestTargetGuard: decodes request targets, answers an undecodable one in JSON (docs/wildfly.md)
            new Module("org.selene.requestguard", List.of("selene-request-guard.jar"), List.of("io.undertow.core")));

    static final String ECLIPSELINK_JAR = "eclipselink.jar";
    /** Undertow's cap on a request body: a backstop far above the application's own (docs/wildfly.md). */
    static final long MAX_POST_SIZE = 256L * 1024 * 1024;

    private final Path home;
    private final Path baseDir;
    private final Path jars;

    WildFlyConfiguration(Path home, Path baseDir, Path jars) {
        this.home = home;
        this.baseDir = baseDir;
        this.jars = jars;
    }

    /** Installs the modules and, on first start (or a new REVISION), configures the base directory. */
    void ensure() throws Exception {
        for (Module module : MODULES) {
            install(module);
        }
        completeEclipseLinkModule();
        Path marker = baseDir.resolve("selene-revision");
        if (Files.exists(marker) && Files.readString(marker).trim().equals(String.valueOf(REVISION))) {
            return;
        }
        Path configuration = baseDir.resolve("configuration");
        SeleneServer.deleteRecursively(configuration);
        Files.createDirectories(baseDir);
        copyRecursively(home.resolve("standalone").resolve("configuration"), configuration);
        Files.copy(configuration.resolve("standalone-full.xml"), configuration.resolve(SERVER_CONFIG), StandardCopyOption.REPLACE_EXISTING);
        Path script = baseDir.resolve("selene-configure.cli");
        Files.write(script, script(), StandardCharsets.UTF_8);
        cli(script);
        Files.writeString(marker, REVISION + "\n");
    }

    private void install(Module module) throws IOException {
        Path dir = home.resolve("modules").resolve(module.name().replace('.', '/')).resolve("main");
        Files.createDirectories(dir);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<module xmlns=\"urn:jboss:module:1.9\" name=\"")
                .append(module.name()).append("\">\n  <resources>\n");
        for (String jar : module.jars()) {
            Files.copy(jars.resolve(jar), dir.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            xml.append("    <resource-root path=\"").append(jar).append("\"/>\n");
        }
        xml.append("  </resources>\n  <dependencies>\n");
        for (String dependency : module.dependencies()) {
            xml.append("    <module name=\"").append(dependency).append("\"/>\n");
        }
        xml.append("  </dependencies>\n</module>\n");
        Files.writeString(dir.resolve("module.xml"), xml.toString());
    }

    /**
     * WildFly's org.eclipse.persistence module holds only its integration (jipijapa): EclipseLink
     * goes into it, with the JDK modules it needs. In the module, not in the EAR: the EAR's class
     * transformer would weave EclipseLink's own classes, in a loop.
     */
    private void completeEclipseLinkModule() throws IOException {
        Path dir = home.resolve("modules/system/layers/base/org/eclipse/persistence/main");
        Files.copy(jars.resolve(ECLIPSELINK_JAR), dir.resolve(ECLIPSELINK_JAR), StandardCopyOption.REPLACE_EXISTING);
        Path moduleXml = dir.resolve("module.xml");
        String xml = Files.readString(moduleXml);
        if (xml.contains(ECLIPSELINK_JAR)) {
            return;
        }
        xml = xml.replace("<resources>", "<resources>\n        <resource-root path=\"" + ECLIPSELINK_JAR + "\"/>")
                .replace("<dependencies>", "<dependencies>\n        <module name=\"java.rmi\"/>\n        <module name=\"java.sql\"/>"
                        + "\n        <module name=\"java.desktop\"/>\n        <module name=\"java.xml\"/>");
        Files.writeString(moduleXml, xml);
    }

    static List<String> script() {
        String url = "jdbc:postgresql://${env.DB_HOST}:${env.DB_PORT}/${env.DB_NAME}?stringtype=unspecified&sslmode=${env.DB_SSLMODE}";
        String pool = "driver-name=postgresql,user-name=\"${env.DB_USER}\",password=\"${env.DB_PASSWORD}\","
                + "valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker,"
                + "background-validation=true,background-validation-millis=60000";
        List<String> cli = new ArrayList<>(List.of(
                "embed-server --server-config=" + SERVER_CONFIG + " --std-out=discard",
                "/extension=org.wildfly.extension.microprofile.fault-tolerance-smallrye:add",
                "/extension=org.wildfly.extension.microprofile.health-smallrye:add",
                "/extension=org.wildfly.extension.microprofile.openapi-smallrye:add",
                "/subsystem=microprofile-fault-tolerance-smallrye:add",
                "/subsystem=microprofile-health-smallrye:add(security-enabled=false)",
                "/subsystem=microprofile-openapi-smallrye:add",
                "/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,"
                        + "driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)",
                "/subsystem=datasources/data-source=selene:add(jndi-name=" + DATASOURCE_JNDI + ",connection-url=\"" + url
                        + "&ApplicationName=selene-ee\"," + pool + ",min-pool-size=8,max-pool-size=48,prepared-statements-cache-size=64)",
                // outside the application's transactions: a chunk's checkpoint would otherwise be a
                // second local resource in the chunk's transaction, which WildFly refuses
                "/subsystem=datasources/data-source=seleneJobRepository:add(jndi-name=java:/jdbc/seleneJobRepository,jta=false,connection-url=\"" + url
                        + "&ApplicationName=selene-ee-batch&currentSchema=" + JOB_REPOSITORY_SCHEMA + "\"," + pool + ",min-pool-size=1,max-pool-size=8)",
                "/subsystem=batch-jberet/jdbc-job-repository=selene:add(data-source=seleneJobRepository)",
                "/subsystem=batch-jberet:write-attribute(name=default-job-repository,value=selene)",
                // the backend uses no JMS, IIOP, remote EJB or HTTPS listener of its own (TLS ends at a proxy)
                "/subsystem=messaging-activemq:remove",
                "/extension=org.wildfly.extension.messaging-activemq:remove",
                "/subsystem=iiop-openjdk:remove",
                "/extension=org.wildfly.iiop-openjdk:remove",
                "/subsystem=ejb3/service=remote:remove",
                "/subsystem=remoting/http-connector=http-remoting-connector:remove",
                "/subsystem=undertow/server=default-server/host=default-host/setting=http-invoker:remove",
                "/subsystem=undertow/server=default-server/https-listener=https:remove",
                // the application caps every body itself and answers 413 in JSON (SELENE_MAX_BODY_BYTES,
                // 10 MiB by default); Undertow's own cap, the same 10 MiB, would answer first with an empty 400
                "/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=max-post-size,value=" + MAX_POST_SIZE + ")",
                // the parser answers a target it cannot decode (%zz) with an empty 400 from its I/O layer:
                // it leaves targets encoded, and the host's first handler decodes them or answers in JSON
                "/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=decode-url,value=false)",
                "/subsystem=undertow/configuration=filter/custom-filter=selene-request-guard:add(class-name="
                        + "org.selene.requestguard.wildfly.RequestTargetGuard,module=org.selene.requestguard)",
                "/subsystem=undertow/server=default-server/host=default-host/filter-ref=selene-request-guard:add",
                // the server log rotates by size and keeps 10 files (WildFly's daily file is unbounded
                // within a day and every day's is kept), as on Payara (DomainLogging)
                "/subsystem=logging/root-logger=ROOT:remove-handler(name=FILE)",
                "/subsystem=logging/periodic-rotating-file-handler=FILE:remove",
                "/subsystem=logging/size-rotating-file-handler=FILE:add(file={relative-to=jboss.server.log.dir,path=server.log},"
                        + "rotate-size=2m,max-backup-index=" + DomainLogging.KEPT_FILES + ",named-formatter=PATTERN,append=true,autoflush=true)",
                "/subsystem=logging/root-logger=ROOT:add-handler(name=FILE)",
                // every socket on 127.0.0.1 but HTTP
                "/socket-binding-group=standard-sockets:write-attribute(name=default-interface,value=management)",
                "/socket-binding-group=standard-sockets/socket-binding=http:write-attribute(name=interface,value=public)",
                "stop-embedded-server"));
        return cli;
    }

    private void cli(Path script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("jboss-cli.sh").toString(), "--file=" + script)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + baseDir);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("\"outcome\" => \"failed\"")) {
            throw new IllegalStateException("configuring WildFly failed:\n" + output);
        }
        System.out.println("jboss-cli " + script.getFileName() + ": ok");
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

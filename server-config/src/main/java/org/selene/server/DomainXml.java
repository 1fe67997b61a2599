package org.selene.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the Payara domain's domain.xml made while the domain is stopped: done on the file rather
 * than with asadmin because settings set after boot (thread pools, listener addresses) only took
 * effect at the next start. Every edit is idempotent, so they are applied again at each start and a
 * changed SELENE_HTTP_HOST or SELENE_ADMIN_HOST takes effect on the next run.
 */
final class DomainXml {

    static final String LOOPBACK = "127.0.0.1";
    static final String BIND_ANY = "-Dhazelcast.socket.bind.any=false";

    private DomainXml() {
    }

    /**
     * Where the domain listens. Only the HTTP listener faces the network by default (devices on the
     * LAN need it); the admin listener, IIOP, JMX and the Data Grid stay on the loopback interface
     * unless the operator names another one.
     */
    record Exposure(String httpHost, String adminHost, String dataGridInterface, String dataGridMembers) {

        static Exposure defaults() {
            return new Exposure("0.0.0.0", LOOPBACK, null, null);
        }

        boolean clustered() {
            return dataGridInterface != null;
        }
    }

    /**
     * Sizes the server's HTTP thread pool before its first boot: set with asadmin after boot, the
     * size only took effect at the next start, so a fresh domain served with five threads.
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

    /** Closes what a self-hoster's network must not reach; see the README's "Security" section. */
    static String hardened(String xml, Exposure exposure) {
        xml = withAttribute(xml, "network-listener", "name=\"http-listener-1\"", "address", exposure.httpHost());
        // the HTTPS listener serves Payara's self-signed certificate, which no device accepts
        xml = withAttribute(xml, "network-listener", "name=\"http-listener-2\"", "address", LOOPBACK);
        xml = withAttribute(xml, "network-listener", "name=\"http-listener-2\"", "enabled", "false");
        xml = withAttribute(xml, "network-listener", "name=\"admin-listener\"", "address", exposure.adminHost());
        xml = withAttribute(xml, "iiop-listener", null, "address", LOOPBACK);
        // lazily started, the ORB listened on an ephemeral port of every interface behind the proxy
        xml = withAttribute(xml, "iiop-listener", "id=\"orb-listener-1\"", "lazy-init", "false");
        xml = withAttribute(xml, "jmx-connector", null, "address", LOOPBACK);
        xml = withAttribute(xml, "jmx-connector", null, "enabled", "false");
        // the application sends no JMS; the embedded OpenMQ broker would listen with admin/admin
        xml = withAttribute(xml, "jms-service", null, "type", "DISABLED");
        xml = withAttribute(xml, "http", null, "xpowered-by", "false");
        xml = withAttribute(xml, "http", null, "server-header", "false");
        // loads module payara-request-guard, registered under the comet add-on's name: request paths
        // Catalina's adapter refuses get a JSON 400 instead of an empty 400 or 200
        xml = withAttribute(xml, "http", null, "comet-support-enabled", "true");
        // Payara's own H2 databases (EJB timers) are opened by this process only; AUTO_SERVER made
        // H2 open a TCP server on an ephemeral port of every interface for other processes
        xml = xml.replace(";AUTO_SERVER=TRUE", "");
        String grid = exposure.clustered() ? exposure.dataGridInterface() : LOOPBACK;
        xml = withAttribute(xml, "hazelcast-runtime-configuration", null, "interface", grid);
        xml = withAttribute(xml, "hazelcast-runtime-configuration", null, "das-bind-address", grid);
        // Payara's domain discovery replaces a loopback DAS address with the machine's first LAN
        // address, where a loopback-bound DAS is not: nodes on one machine must be listed instead
        boolean listed = exposure.dataGridMembers() != null;
        xml = withAttribute(xml, "hazelcast-runtime-configuration", null, "discovery-mode", listed ? "tcpip" : "domain");
        xml = withAttribute(xml, "hazelcast-runtime-configuration", null, "tcpip-members", listed ? exposure.dataGridMembers() : "");
        xml = xml.replace("<jvm-options>" + BIND_ANY + "</jvm-options>", "");
        if (!exposure.clustered()) {
            // Hazelcast binds every interface unless told otherwise, whatever interface it publishes
            xml = xml.replace("</java-config>", "<jvm-options>" + BIND_ANY + "</jvm-options></java-config>");
        }
        return xml;
    }

    /**
     * Sets one attribute on every start tag of an element (only those whose tag contains
     * {@code marker}, when given), replacing the value it had.
     */
    static String withAttribute(String xml, String element, String marker, String attribute, String value) {
        Matcher tag = Pattern.compile("<" + element + "(\\s[^>]*?)?(/?)>").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            String attributes = tag.group(1) == null ? "" : tag.group(1);
            if (marker != null && !attributes.contains(marker)) {
                continue;
            }
            attributes = attributes.replaceAll("\\s" + Pattern.quote(attribute) + "=\"[^\"]*\"", "").stripTrailing();
            String end = tag.group(2).isEmpty() ? ">" : " />";
            String replacement = "<" + element + attributes + " " + attribute + "=\"" + value + "\"" + end;
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }
}

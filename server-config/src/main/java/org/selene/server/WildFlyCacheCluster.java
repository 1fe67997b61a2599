package org.selene.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The device caches shared by WildFly nodes, as Payara's Data Grid shares them: Infinispan's JCache
 * provider (a module on WildFly's own Infinispan and JGroups) replicates them synchronously between
 * the nodes listed in {@code SELENE_DATAGRID_MEMBERS}, so that an eviction on one node reaches the
 * other's copy before the change is acknowledged. The application finds the file through
 * {@code SELENE_JCACHE_URI}; without members none is written and every node keeps caches of its own.
 */
final class WildFlyCacheCluster {

    /** WildFly's own JGroups TCP port (its ha profiles'), moved by the port offset like every other port. */
    static final int BASE_PORT = 7600;
    static final String FILE = "selene-infinispan.xml";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+");

    private WildFlyCacheCluster() {
    }

    /** Writes the configuration into {@code dir} when members are listed, and says where it is. */
    static Optional<Path> write(Path dir, DomainXml.Exposure exposure, int port) throws IOException {
        if (exposure.dataGridMembers() == null) {
            return Optional.empty();
        }
        String bind = exposure.dataGridInterface() == null ? DomainXml.LOOPBACK : exposure.dataGridInterface();
        Path file = dir.resolve(FILE);
        Files.createDirectories(dir);
        Files.writeString(file, xml(bind, port, initialHosts(exposure.dataGridMembers())));
        return Optional.of(file);
    }

    /** {@code host:port,host:port} as JGroups lists hosts: {@code host[port],host[port]}. */
    static String initialHosts(String members) {
        List<String> hosts = new ArrayList<>();
        for (String member : members.split(",")) {
            String m = member.trim();
            int colon = m.lastIndexOf(':');
            if (colon <= 0 || !HOST.matcher(m.substring(0, colon)).matches()) {
                throw new IllegalArgumentException("SELENE_DATAGRID_MEMBERS: '" + m + "' is not host:port");
            }
            int port;
            try {
                port = Integer.parseInt(m.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SELENE_DATAGRID_MEMBERS: '" + m + "' is not host:port", e);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("SELENE_DATAGRID_MEMBERS: '" + m + "' has no valid port");
            }
            hosts.add(m.substring(0, colon) + "[" + port + "]");
        }
        return String.join(",", hosts);
    }

    /**
     * Infinispan's TCP stack with the members listed instead of multicast discovery, the failure
     * detector on the next port (its default, 50,000 above, leaves the port range for offsets
     * above 15,535), and every cache named {@code selene-*} replicated synchronously.
     */
    static String xml(String bindAddress, int port, String initialHosts) {
        if (!HOST.matcher(bindAddress).matches()) {
            throw new IllegalArgumentException("SELENE_DATAGRID_INTERFACE: '" + bindAddress + "' is not an address");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by the launcher at every start (WildFlyCacheCluster): the device caches replicated between the nodes -->
                <infinispan xmlns="urn:infinispan:config:16.0">
                  <jgroups>
                    <stack name="selene" extends="tcp">
                      <TCP xmlns="urn:org:jgroups" bind_addr="%1$s" bind_port="%2$d" port_range="0"/>
                      <TCPPING xmlns="urn:org:jgroups" initial_hosts="%3$s" port_range="0" stack.combine="REPLACE" stack.position="MPING"/>
                      <FD_SOCK2 xmlns="urn:org:jgroups" offset="1" port_range="0"/>
                    </stack>
                  </jgroups>
                  <cache-container name="selene">
                    <transport cluster="selene-device-caches" stack="selene"/>
                    <replicated-cache-configuration name="selene-*" mode="SYNC"/>
                  </cache-container>
                </infinispan>
                """.formatted(bindAddress, port, initialHosts);
    }
}

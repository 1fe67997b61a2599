package org.selene.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WildFlyCacheClusterTest {

    @TempDir
    Path dir;

    @Test
    void listsTheMembersAsJGroupsDoes() {
        assertEquals("127.0.0.1[7600],node-2.lan[8700]", WildFlyCacheCluster.initialHosts("127.0.0.1:7600, node-2.lan:8700"));
    }

    @Test
    void refusesWhatIsNotHostAndPort() {
        for (String bad : new String[] {"127.0.0.1", "host:", ":7600", "host:port", "host:70000", "a\"b:7600", "<x>:7600"}) {
            assertThrows(IllegalArgumentException.class, () -> WildFlyCacheCluster.initialHosts(bad), bad);
        }
    }

    @Test
    void aLoneNodeGetsNoFileAndKeepsItsOwnCaches() throws Exception {
        assertTrue(WildFlyCacheCluster.write(dir, new DomainXml.Exposure("0.0.0.0", "127.0.0.1", null, null), 7600).isEmpty());
        assertFalse(Files.exists(dir.resolve(WildFlyCacheCluster.FILE)));
    }

    @Test
    void listedMembersReplicateEverySeleneCacheSynchronouslyOverTcpOnLoopbackByDefault() throws Exception {
        Path file = WildFlyCacheCluster.write(dir, new DomainXml.Exposure("0.0.0.0", "127.0.0.1", null, "127.0.0.1:7600,127.0.0.1:7700"), 7700)
                .orElseThrow();
        String xml = Files.readString(file);
        assertTrue(xml.contains("<TCP xmlns=\"urn:org:jgroups\" bind_addr=\"127.0.0.1\" bind_port=\"7700\" port_range=\"0\"/>"), xml);
        assertTrue(xml.contains("initial_hosts=\"127.0.0.1[7600],127.0.0.1[7700]\""), xml);
        assertTrue(xml.contains("stack.position=\"MPING\""), "no multicast discovery: " + xml);
        assertTrue(xml.contains("<replicated-cache-configuration name=\"selene-*\" mode=\"SYNC\"/>"), xml);
    }

    @Test
    void bindsTheDataGridInterfaceWhenOneIsSet() throws Exception {
        String xml = Files.readString(WildFlyCacheCluster.write(dir, new DomainXml.Exposure("0.0.0.0", "127.0.0.1", "192.168.1.20", "192.168.1.20:7600,192.168.1.21:7600"), 7600)
                .orElseThrow());
        assertTrue(xml.contains("bind_addr=\"192.168.1.20\""), xml);
    }
}

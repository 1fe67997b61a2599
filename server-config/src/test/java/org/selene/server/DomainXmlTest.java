package org.selene.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainXmlTest {

    @Test
    void sizesTheServersHttpThreadPoolAndLeavesTheDefaultConfigAlone() {
        String xml = "<config name=\"server-config\"><thread-pool name=\"http-thread-pool\" max-queue-size=\"4096\"></thread-pool></config>"
                + "<config name=\"default-config\"><thread-pool name=\"http-thread-pool\" /></config>";
        assertEquals("<config name=\"server-config\"><thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"64\" max-queue-size=\"4096\"></thread-pool></config>"
                + "<config name=\"default-config\"><thread-pool name=\"http-thread-pool\" /></config>", DomainXml.withHttpThreads(xml, 64));
    }

    @Test
    void replacesASizeAlreadyThere() {
        assertEquals("<thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"64\"/>",
                DomainXml.withHttpThreads("<thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"5\"/>", 64));
    }

    @Test
    void aDomainWithoutTheHttpPoolIsAnError() {
        assertThrows(IllegalStateException.class, () -> DomainXml.withHttpThreads("<config/>", 64));
    }

    private static final String DOMAIN = """
            <config name="server-config">
              <java-config><jvm-options>-Xmx1g</jvm-options></java-config>
              <property name="URL" value="jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer;AUTO_SERVER=TRUE"></property>
              <iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1" lazy-init="true" />
              <iiop-listener security-enabled="true" address="0.0.0.0" port="3820" id="SSL">
              <jmx-connector auth-realm-name="admin-realm" security-enabled="false" address="0.0.0.0" port="8686" name="system" />
              <jms-service type="EMBEDDED" default-jms-host="default_JMS_host">
              <hazelcast-runtime-configuration start-port="5900" das-port="4900"></hazelcast-runtime-configuration>
              <protocol name="http-listener-1"><http default-virtual-server="server" max-connections="250"></http></protocol>
              <http-service><access-log></access-log></http-service>
              <network-listener port="8080" protocol="http-listener-1" transport="tcp" name="http-listener-1" thread-pool="http-thread-pool"></network-listener>
              <network-listener port="8181" protocol="http-listener-2" transport="tcp" name="http-listener-2" thread-pool="http-thread-pool"></network-listener>
              <network-listener address="0.0.0.0" port="4848" protocol="admin-listener" transport="tcp" name="admin-listener" thread-pool="admin-thread-pool"></network-listener>
            </config>""";

    @Test
    void bindsEverythingButHttpToLoopbackByDefault() {
        String xml = DomainXml.hardened(DOMAIN, DomainXml.Exposure.defaults());
        assertTrue(xml.contains("name=\"http-listener-1\" thread-pool=\"http-thread-pool\" address=\"0.0.0.0\""), xml);
        assertTrue(xml.contains("name=\"admin-listener\" thread-pool=\"admin-thread-pool\" address=\"127.0.0.1\""), xml);
        assertFalse(xml.contains("address=\"0.0.0.0\" port=\"4848\""), xml);
        assertTrue(xml.contains("name=\"http-listener-2\" thread-pool=\"http-thread-pool\" address=\"127.0.0.1\" enabled=\"false\""), xml);
        assertTrue(xml.contains("<iiop-listener port=\"3700\" id=\"orb-listener-1\" address=\"127.0.0.1\" lazy-init=\"false\" />"), xml);
        assertTrue(xml.contains("<iiop-listener security-enabled=\"true\" port=\"3820\" id=\"SSL\" address=\"127.0.0.1\">"), xml);
        assertTrue(xml.contains("name=\"system\" address=\"127.0.0.1\" enabled=\"false\" />"), xml);
        assertTrue(xml.contains("<jms-service default-jms-host=\"default_JMS_host\" type=\"DISABLED\">"), xml);
        assertTrue(xml.contains("<http default-virtual-server=\"server\" max-connections=\"250\" xpowered-by=\"false\" server-header=\"false\""
                + " comet-support-enabled=\"true\">"), "the request-path guard is loaded: " + xml);
        assertTrue(xml.contains("<http-service>"), "other elements starting with <http are left alone: " + xml);
        assertTrue(xml.contains("interface=\"127.0.0.1\" das-bind-address=\"127.0.0.1\""), xml);
        assertTrue(xml.contains("value=\"jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer\">"), xml);
        assertTrue(xml.contains("<jvm-options>" + DomainXml.BIND_ANY + "</jvm-options></java-config>"), xml);
    }

    @Test
    void isIdempotentAndFollowsChangedAddresses() {
        String once = DomainXml.hardened(DOMAIN, DomainXml.Exposure.defaults());
        assertEquals(once, DomainXml.hardened(once, DomainXml.Exposure.defaults()));
        String changed = DomainXml.hardened(once, new DomainXml.Exposure("192.168.1.5", "10.0.0.2", "10.0.0.2", null));
        assertTrue(changed.contains("name=\"http-listener-1\" thread-pool=\"http-thread-pool\" address=\"192.168.1.5\""), changed);
        assertTrue(changed.contains("name=\"admin-listener\" thread-pool=\"admin-thread-pool\" address=\"10.0.0.2\""), changed);
        assertTrue(changed.contains("interface=\"10.0.0.2\" das-bind-address=\"10.0.0.2\""), changed);
        assertFalse(changed.contains(DomainXml.BIND_ANY), "a clustered Data Grid may bind its own interface: " + changed);
    }

    @Test
    void listedDataGridMembersReplaceDomainDiscoveryAndGoAgainWhenUnset() {
        String listed = DomainXml.hardened(DOMAIN, new DomainXml.Exposure("0.0.0.0", "127.0.0.1", null, "127.0.0.1:8049,127.0.0.1:8159"));
        assertTrue(listed.contains("discovery-mode=\"tcpip\" tcpip-members=\"127.0.0.1:8049,127.0.0.1:8159\""), listed);
        assertTrue(listed.contains("interface=\"127.0.0.1\" das-bind-address=\"127.0.0.1\""), "still on loopback: " + listed);
        String unset = DomainXml.hardened(listed, DomainXml.Exposure.defaults());
        assertTrue(unset.contains("discovery-mode=\"domain\" tcpip-members=\"\""), unset);
        assertEquals(DomainXml.hardened(DOMAIN, DomainXml.Exposure.defaults()), unset);
    }
}

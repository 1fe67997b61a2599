package org.selene.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.selene.server.Backend;
import org.selene.server.LauncherSettings;
import org.selene.server.WildFlyServer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two WildFly nodes on one PostgreSQL, their device caches replicated by Infinispan (the launcher's
 * configuration from SELENE_DATAGRID_MEMBERS, docs/wildfly.md): the suite's server and a second one
 * started here from its environment (the same database and secrets), 100 ports up.
 */
@SeleneIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WildFlyClusterIT {

    private static Backend first;
    private static WildFlyServer second;

    @BeforeAll
    static void secondNode() throws Exception {
        first = SeleneServerExtension.server();
        Map<String, String> env = new HashMap<>(first.serverEnvironment());
        // its own address and cache configuration; the database, secrets and data directory are the first node's
        env.remove("SELENE_BASE_URL");
        env.remove("SELENE_JCACHE_URI");
        Path dir = Path.of(System.getProperty("selene.it.dir")).toAbsolutePath().resolve("n2");
        LauncherSettings settings = new LauncherSettings(Path.of(System.getProperty("selene.payara.home")), Path.of(System.getProperty("selene.ear")),
                Path.of(System.getProperty("selene.jdbc.driver")), dir, "selene-it-wildfly-n2", first.httpPort() + 100, 0, "1g", env);
        second = new WildFlyServer(settings, Path.of(System.getProperty("selene.wildfly.home")), Path.of(System.getProperty("selene.wildfly.modules")));
        try {
            second.start();
        } catch (Exception e) {
            second.stop();
            throw e;
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    @Order(1)
    void aChangeThroughEitherNodeIsNeverAnsweredFromTheOthersCache() {
        CrossNode.assertSettingsChangeSeenAtOnce(first.baseUrl(), second.baseUrl());
        CrossNode.assertSettingsChangeSeenAtOnce(second.baseUrl(), first.baseUrl());
        CrossNode.assertDeletionSeenAtOnce(first.baseUrl(), second.baseUrl());
        CrossNode.assertDeletionSeenAtOnce(second.baseUrl(), first.baseUrl());
    }

    /** Replication is synchronous: with the other node killed, a change must still be acknowledged (the dead member leaves the view). */
    @Test
    @Order(2)
    void withTheOtherNodeKilledTheFirstGoesOnServingAndChanging() throws Exception {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Http.get(second.baseUrl() + device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        for (ProcessHandle process : second.processes()) {
            assertTrue(process.destroyForcibly() || !process.isAlive(), "kill -9 " + process.pid());
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        Http.get(first.baseUrl() + device.path("/setting"), "Authorization", device.bearer()).assertStatus(200);
        CrossNode.assertSettingsChangeSeenAtOnce(first.baseUrl(), first.baseUrl());
        CrossNode.assertDeletionSeenAtOnce(first.baseUrl(), first.baseUrl());
    }
}

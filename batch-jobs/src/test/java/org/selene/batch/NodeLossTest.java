package org.selene.batch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeLossTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final NodeLoss.Node ME = new NodeLoss.Node(UUID.randomUUID(), "host-a", "/payara/domains/domain1", NOW);
    private static final Duration JUST_OVER = NodeLoss.STALE_AFTER.plusSeconds(1);
    private static final Duration RECENT = Duration.ofSeconds(20);

    private static NodeLoss.Claim claim(String host, String instance, Instant started, Duration heartbeatAge) {
        return new NodeLoss.Claim(new NodeLoss.Node(UUID.randomUUID(), host, instance, started), heartbeatAge);
    }

    @Test
    void anotherNodeThatStillBeatsKeepsItsExecutionHoweverOldItsRow() {
        assertFalse(NodeLoss.lost(ME, claim("host-b", "/payara/domains/domain1", NOW.minusSeconds(3600), RECENT), Duration.ofHours(5)));
        assertFalse(NodeLoss.lost(ME, claim("host-b", "/payara/domains/domain1", NOW.minusSeconds(3600), NodeLoss.STALE_AFTER), Duration.ofHours(5)));
    }

    @Test
    void anotherNodeSilentLongerThanTheWindowHasLostItsExecution() {
        assertTrue(NodeLoss.lost(ME, claim("host-b", "/payara/domains/domain1", NOW.minusSeconds(3600), JUST_OVER), Duration.ZERO));
    }

    @Test
    void thisNodesOwnExecutionIsNeverLost() {
        assertFalse(NodeLoss.lost(ME, new NodeLoss.Claim(ME, Duration.ofDays(3)), Duration.ofDays(3)));
    }

    /** kill -9 and a start within the window: the heartbeat is fresh, but that life is over. */
    @Test
    void thisServersPreviousLifeHasLostItsExecutionsAtOnce() {
        assertTrue(NodeLoss.lost(ME, claim("host-a", "/payara/domains/domain1", NOW.minusSeconds(40), RECENT), Duration.ZERO));
    }

    /** Same host, another instance directory (a second instance, or a second domain), or a later start: a live node. */
    @Test
    void anotherInstanceOnThisHostOrALaterLifeIsNotAPreviousLife() {
        assertFalse(NodeLoss.lost(ME, claim("host-a", "/payara/nodes/localhost/n2", NOW.minusSeconds(40), RECENT), Duration.ZERO));
        assertFalse(NodeLoss.lost(ME, claim("host-b", "/payara/domains/domain1", NOW.minusSeconds(40), RECENT), Duration.ZERO));
        assertFalse(NodeLoss.lost(ME, claim("host-a", "/payara/domains/domain1", NOW.plusSeconds(5), RECENT), Duration.ZERO));
    }

    /** Started before nodes recorded their executions, or its node died before recording it. */
    @Test
    void anUnclaimedExecutionIsLostOnlyOnceItsRowIsOlderThanTheWindow() {
        assertFalse(NodeLoss.lost(ME, null, Duration.ofSeconds(5)));
        assertFalse(NodeLoss.lost(ME, null, NodeLoss.STALE_AFTER));
        assertTrue(NodeLoss.lost(ME, null, JUST_OVER));
    }
}

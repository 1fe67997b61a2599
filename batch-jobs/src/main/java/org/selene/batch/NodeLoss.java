package org.selene.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * When an unfinished batch execution (STARTING, STARTED, STOPPING) has lost the node that ran it,
 * so that another node may mark it FAILED. Pure; ExecutionRecovery applies it, with every time
 * taken from the one database so that the nodes' clocks do not matter.
 */
final class NodeLoss {

    /** A node beats every 30 s; four missed beats mean it is gone (a long GC pause is not). */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    /** One JVM start of the application: host and instance directory name the server, id this life of it. */
    record Node(UUID id, String host, String instance, Instant started) {
        boolean sameServerAs(Node other) {
            return host.equals(other.host) && instance.equals(other.instance);
        }
    }

    /** The node that recorded the execution as its own, and how long ago it last beat. */
    record Claim(Node owner, Duration heartbeatAge) {
    }

    private NodeLoss() {
    }

    /**
     * @param claim       null when no node recorded the execution (started before V730, or its node
     *                    died between the job repository's insert and its own)
     * @param sinceUpdate since the job repository last wrote the execution's row
     */
    static boolean lost(Node me, Claim claim, Duration sinceUpdate) {
        if (claim == null) {
            // a live node records its execution within moments of starting it
            return sinceUpdate.compareTo(STALE_AFTER) > 0;
        }
        Node owner = claim.owner();
        if (owner.id().equals(me.id())) {
            return false;
        }
        // the same server started anew: its earlier life cannot be running anything now
        if (owner.sameServerAs(me) && owner.started().isBefore(me.started())) {
            return true;
        }
        return claim.heartbeatAge().compareTo(STALE_AFTER) > 0;
    }
}

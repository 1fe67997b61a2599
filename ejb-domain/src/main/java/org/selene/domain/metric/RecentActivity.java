package org.selene.domain.metric;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices whose activity this node already counted in the current minute. Account activity is
 * kept to the minute, so further requests of that minute need not ask the database again; a new
 * (UTC) day always starts a new minute, so the day's first activity is never skipped.
 */
@ApplicationScoped
public class RecentActivity {

    private static final int MAX_DEVICES = 100_000;

    private final Map<UUID, Long> minuteByDevice = new ConcurrentHashMap<>();

    /** True for the first call per device and minute on this node. */
    public boolean firstThisMinute(UUID deviceId) {
        long minute = System.currentTimeMillis() / 60_000;
        Long previous = minuteByDevice.put(deviceId, minute);
        if (previous == null && minuteByDevice.size() > MAX_DEVICES) {
            minuteByDevice.values().removeIf(m -> m < minute);
        }
        return previous == null || previous != minute;
    }
}

package org.selene.domain.upstream;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent upstream answers by query, kept for a fixed time. In memory per server: Payara's JCache
 * provider tried to reach a Hazelcast cluster here and hung the request.
 */
@ApplicationScoped
public class UpstreamCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(long expiresAtNanos, UpstreamReply reply) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public UpstreamReply get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresAtNanos() - System.nanoTime() < 0) {
            return null;
        }
        return entry.reply();
    }

    public void put(String key, UpstreamReply reply, Duration lifetime) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAtNanos() - now < 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(System.nanoTime() + lifetime.toNanos(), reply));
    }
}

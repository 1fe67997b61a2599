package org.selene.domain.device;

import javax.cache.Cache;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node-local copy in front of one shared JCache. Every read of the Data Grid's JCache is handed
 * to one of its partition threads and waited for, which on a small machine costs more than the
 * whole rest of a device revalidation; the local copy answers repeated reads from this JVM.
 *
 * It never serves what the shared cache no longer holds: a synchronous entry listener (the
 * remover waits for it on every node) drops the local entry on every removal, update or expiry,
 * and a read that raced with any invalidation does not keep what it read. Entries also expire
 * locally after the shared lifetime, and the copy is bounded.
 */
final class NodeLocalCache {

    /**
     * Listeners find their copy by id, not by reference: a listener's configuration may be
     * serialised to the other nodes, and each module of the EAR may hold a copy of its own.
     */
    private static final Map<String, NodeLocalCache> ON_THIS_NODE = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final MutableCacheEntryListenerConfiguration<String, String> listener;

    private final Cache<String, String> shared;
    private final long lifetimeNanos;
    private final int maxEntries;
    private final Map<String, Entry> local = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    private record Entry(String value, long expiresAt) {
    }

    NodeLocalCache(Cache<String, String> shared, long lifetimeNanos, int maxEntries) {
        this.shared = shared;
        this.lifetimeNanos = lifetimeNanos;
        this.maxEntries = maxEntries;
        ON_THIS_NODE.put(id, this);
        listener = new MutableCacheEntryListenerConfiguration<>(FactoryBuilder.factoryOf(new Invalidator(id)), null, false, true);
        shared.registerCacheEntryListener(listener);
    }

    /** On undeploy: the shared cache outlives the application (unless the application's own manager closed it first). */
    void close() {
        try {
            if (!shared.isClosed()) {
                shared.deregisterCacheEntryListener(listener);
            }
        } finally {
            ON_THIS_NODE.remove(id);
            local.clear();
        }
    }

    Optional<String> get(String key) {
        long now = System.nanoTime();
        Entry entry = local.get(key);
        if (entry != null && entry.expiresAt - now > 0) {
            return Optional.of(entry.value);
        }
        long seen = invalidations.get();
        String value = shared.get(key);
        if (value != null) {
            remember(key, value, seen, now);
        } else if (entry != null) {
            local.remove(key, entry);
        }
        return Optional.ofNullable(value);
    }

    void put(String key, String value) {
        long seen = invalidations.get();
        shared.put(key, value);
        remember(key, value, seen, System.nanoTime());
    }

    void removeAll(Collection<String> keys) {
        invalidate(keys);
        shared.removeAll(new HashSet<>(keys));
        invalidate(keys);
    }

    private void remember(String key, String value, long seen, long now) {
        if (local.size() >= maxEntries) {
            local.clear();
        }
        Entry entry = new Entry(value, now + lifetimeNanos);
        local.put(key, entry);
        if (invalidations.get() != seen) {
            // something was invalidated while we read: what we read may be what it replaced
            local.remove(key, entry);
        }
    }

    private void invalidate(Iterable<String> keys) {
        invalidations.incrementAndGet();
        for (String key : keys) {
            local.remove(key);
        }
    }

    /** Drops this node's copy of whatever the shared cache changes, on whichever node it changed. */
    static final class Invalidator implements CacheEntryRemovedListener<String, String>, CacheEntryUpdatedListener<String, String>,
            CacheEntryExpiredListener<String, String>, Serializable {

        private static final long serialVersionUID = 1L;

        private final String copyId;

        Invalidator(String copyId) {
            this.copyId = copyId;
        }

        @Override
        public void onRemoved(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
            drop(events);
        }

        @Override
        public void onUpdated(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
            drop(events);
        }

        @Override
        public void onExpired(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
            drop(events);
        }

        private void drop(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
            NodeLocalCache copy = ON_THIS_NODE.get(copyId);
            if (copy == null) {
                return;
            }
            HashSet<String> keys = new HashSet<>();
            events.forEach(e -> keys.add(e.getKey()));
            copy.invalidate(keys);
        }
    }
}

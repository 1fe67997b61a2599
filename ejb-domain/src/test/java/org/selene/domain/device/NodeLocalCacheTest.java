package org.selene.domain.device;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The node-local copy's invalidation rules, against a real JCache (Caffeine's) standing in for the
 * Data Grid. A write through the shared cache itself plays another node.
 */
class NodeLocalCacheTest {

    private CacheManager manager;
    private Cache<String, String> shared;
    private NodeLocalCache copy;

    @BeforeEach
    void open() {
        manager = Caching.getCachingProvider("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider").getCacheManager();
        shared = manager.createCache("node-local-" + UUID.randomUUID(), new MutableConfiguration<String, String>().setTypes(String.class, String.class));
        copy = new NodeLocalCache(shared, TimeUnit.MINUTES.toNanos(1), 100);
    }

    @AfterEach
    void close() {
        copy.close();
        manager.destroyCache(shared.getName());
    }

    @Test
    void aRemovalOnAnotherNodeIsNeverServedFromTheCopy() {
        copy.put("etag", "A");
        assertEquals(Optional.of("A"), copy.get("etag"));
        shared.remove("etag");
        assertEquals(Optional.empty(), copy.get("etag"));
    }

    @Test
    void anUpdateOnAnotherNodeReplacesTheCopy() {
        copy.put("etag", "A");
        copy.get("etag");
        shared.put("etag", "B");
        assertEquals(Optional.of("B"), copy.get("etag"));
    }

    @Test
    void removeAllDropsEveryKeyHereAndInTheSharedCache() {
        copy.put("a", "1");
        copy.put("b", "2");
        copy.put("c", "3");
        copy.removeAll(List.of("a", "b"));
        assertEquals(Optional.empty(), copy.get("a"));
        assertEquals(Optional.empty(), copy.get("b"));
        assertEquals(null, shared.get("a"));
        assertEquals(Optional.of("3"), copy.get("c"));
    }

    @Test
    void whatOnlyTheSharedCacheHoldsIsReadThroughAndKept() {
        shared.put("token", "device-1");
        assertEquals(Optional.of("device-1"), copy.get("token"));
        assertEquals(Optional.of("device-1"), copy.get("token"));
    }

    @Test
    void aClosedCopyNoLongerListensAndTheSharedCacheStillWorks() {
        copy.put("k", "v");
        copy.close();
        shared.remove("k");
        copy = new NodeLocalCache(shared, TimeUnit.MINUTES.toNanos(1), 100);
        assertEquals(Optional.empty(), copy.get("k"));
    }

    @Test
    void theCopyIsBoundedAndStaysCorrectWhenFull() {
        NodeLocalCache small = new NodeLocalCache(shared, TimeUnit.MINUTES.toNanos(1), 2);
        try {
            for (int i = 0; i < 5; i++) {
                small.put("k" + i, "v" + i);
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(Optional.of("v" + i), small.get("k" + i));
            }
        } finally {
            small.close();
        }
    }
}

package org.selene.domain.device;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.infrastructure.ServerCacheManager;

import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The hot reads of the device API kept in the server's JCache (Payara's Data Grid, shared by the
 * nodes of a cluster): access-token hash → device, ETag key → ETag, and response bodies keyed by
 * the ETag they were served with. PostgreSQL stays the truth; every change evicts what it makes
 * stale, once at once and once more after its transaction ends (so a reader that loaded the old
 * row meanwhile cannot keep it), and every entry also expires by itself. Reads are answered from
 * a node-local copy of each cache that follows every change of the shared one ({@link NodeLocalCache}).
 * With a lifetime of 0 there is no cache at all and every read goes to PostgreSQL: for nodes that
 * share no cache (several WildFly nodes), where one node could not evict what another cached.
 */
@ApplicationScoped
public class DeviceCaches {

    private static final Logger LOG = Logger.getLogger(DeviceCaches.class.getName());

    @Inject
    ServerCacheManager caches;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "SELENE_DEVICE_CACHE_SECONDS", defaultValue = "60")
    int ttlSeconds;

    /** Bound of each node-local copy. */
    @Inject
    @ConfigProperty(name = "SELENE_DEVICE_CACHE_LOCAL_ENTRIES", defaultValue = "50000")
    int localEntries;

    private NodeLocalCache tokens;
    private NodeLocalCache etags;
    private NodeLocalCache bodies;

    @PostConstruct
    void open() {
        if (ttlSeconds <= 0) {
            LOG.info("device caches off (SELENE_DEVICE_CACHE_SECONDS=" + ttlSeconds + "): every device read goes to the database");
            return;
        }
        tokens = local(cache("selene-device-access-tokens"));
        etags = local(cache("selene-device-etags"));
        bodies = local(cache("selene-device-bodies"));
    }

    @PreDestroy
    void close() {
        for (NodeLocalCache copy : Arrays.asList(tokens, etags, bodies)) {
            if (copy != null) {
                copy.close();
            }
        }
    }

    private NodeLocalCache local(Cache<String, String> shared) {
        return new NodeLocalCache(shared, TimeUnit.SECONDS.toNanos(ttlSeconds), Math.max(1, localEntries));
    }

    private Cache<String, String> cache(String name) {
        Cache<String, String> existing = caches.get().getCache(name, String.class, String.class);
        if (existing != null) {
            return existing;
        }
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, ttlSeconds)));
        try {
            return caches.get().createCache(name, config);
        } catch (javax.cache.CacheException alreadyCreatedByAnotherModule) {
            LOG.fine("cache " + name + " already created");
            return caches.get().getCache(name, String.class, String.class);
        }
    }

    Optional<String> token(String hash) {
        return get(tokens, hash);
    }

    void putToken(String hash, String value) {
        put(tokens, hash, value);
    }

    void evictTokens(Collection<String> hashes) {
        evict(tokens, hashes);
    }

    Optional<String> etag(String key) {
        return get(etags, key);
    }

    void putEtag(String key, String etag) {
        put(etags, key, etag);
    }

    void evictEtags(Collection<String> keys) {
        evict(etags, keys);
    }

    /** A response body is valid exactly as long as the ETag it was served with. */
    public Optional<String> body(String etagKey, String etag) {
        return get(bodies, etagKey + '#' + etag);
    }

    public void putBody(String etagKey, String etag, String body) {
        put(bodies, etagKey + '#' + etag, body);
    }

    /** The caches are null when off. */
    private static Optional<String> get(NodeLocalCache cache, String key) {
        return cache == null ? Optional.empty() : cache.get(key);
    }

    private static void put(NodeLocalCache cache, String key, String value) {
        if (cache != null) {
            cache.put(key, value);
        }
    }

    private void evict(NodeLocalCache cache, Collection<String> keys) {
        if (cache == null || keys.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(keys);
        cache.removeAll(copy);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.removeAll(copy);
                }
            });
        }
    }
}

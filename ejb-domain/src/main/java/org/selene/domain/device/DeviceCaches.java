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
        tokens = local(cache("selene-device-access-tokens"));
        etags = local(cache("selene-device-etags"));
        bodies = local(cache("selene-device-bodies"));
    }

    @PreDestroy
    void close() {
        for (NodeLocalCache copy : List.of(tokens, etags, bodies)) {
            copy.close();
        }
    }

    private NodeLocalCache local(Cache<String, String> shared) {
        return new NodeLocalCache(shared, TimeUnit.SECONDS.toNanos(Math.max(1, ttlSeconds)), Math.max(1, localEntries));
    }

    private Cache<String, String> cache(String name) {
        Cache<String, String> existing = caches.get().getCache(name, String.class, String.class);
        if (existing != null) {
            return existing;
        }
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, Math.max(1, ttlSeconds))));
        try {
            return caches.get().createCache(name, config);
        } catch (javax.cache.CacheException alreadyCreatedByAnotherModule) {
            LOG.fine("cache " + name + " already created");
            return caches.get().getCache(name, String.class, String.class);
        }
    }

    Optional<String> token(String hash) {
        return tokens.get(hash);
    }

    void putToken(String hash, String value) {
        tokens.put(hash, value);
    }

    void evictTokens(Collection<String> hashes) {
        evict(tokens, hashes);
    }

    Optional<String> etag(String key) {
        return etags.get(key);
    }

    void putEtag(String key, String etag) {
        etags.put(key, etag);
    }

    void evictEtags(Collection<String> keys) {
        evict(etags, keys);
    }

    /** A response body is valid exactly as long as the ETag it was served with. */
    public Optional<String> body(String etagKey, String etag) {
        return bodies.get(etagKey + '#' + etag);
    }

    public void putBody(String etagKey, String etag, String body) {
        bodies.put(etagKey + '#' + etag, body);
    }

    private void evict(NodeLocalCache cache, Collection<String> keys) {
        if (keys.isEmpty()) {
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

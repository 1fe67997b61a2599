package org.selene.domain.upstream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Recent successful upstream JSON answers by query, in a JCache of Payara's embedded Hazelcast
 * (shared by the nodes of a cluster). Only the JSON text is stored, so the grid never needs our
 * classes. Payara's own CacheManager is injected: Caching.getCachingProvider() finds Hazelcast's
 * client provider, which waits for a cluster that does not exist.
 */
@ApplicationScoped
public class UpstreamCache {

    private static final String NAME = "selene-upstream-json";

    @Inject
    CacheManager manager;

    @Inject
    @ConfigProperty(name = "SELENE_OWM_CACHE_SECONDS", defaultValue = "600")
    long lifetimeSeconds;

    private Cache<String, String> cache;

    @PostConstruct
    void open() {
        Cache<String, String> existing = manager.getCache(NAME, String.class, String.class);
        if (existing != null) {
            cache = existing;
            return;
        }
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, lifetimeSeconds)));
        try {
            cache = manager.createCache(NAME, config);
        } catch (CacheException createdMeanwhile) {
            cache = manager.getCache(NAME, String.class, String.class);
        }
    }

    public UpstreamReply get(String key) {
        String json = cache.get(key);
        return json == null ? null : new UpstreamReply(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps a successful JSON answer for the configured lifetime. */
    public void put(String key, UpstreamReply reply) {
        if (reply.ok()) {
            cache.put(key, reply.text());
        }
    }
}

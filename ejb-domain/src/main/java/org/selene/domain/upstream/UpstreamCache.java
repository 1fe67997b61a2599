package org.selene.domain.upstream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.infrastructure.ServerCacheManager;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Recent successful upstream JSON answers by query, in the server's JCache (on Payara its Data
 * Grid, shared by the nodes of a cluster). Only the JSON text is stored, so the grid never needs
 * our classes.
 */
@ApplicationScoped
public class UpstreamCache {

    private static final String NAME = "selene-upstream-json";

    @Inject
    ServerCacheManager caches;

    @Inject
    @ConfigProperty(name = "SELENE_OWM_CACHE_SECONDS", defaultValue = "600")
    long lifetimeSeconds;

    private Cache<String, String> cache;

    @PostConstruct
    void open() {
        Cache<String, String> existing = caches.get().getCache(NAME, String.class, String.class);
        if (existing != null) {
            cache = existing;
            return;
        }
        MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, lifetimeSeconds)));
        try {
            cache = caches.get().createCache(NAME, config);
        } catch (CacheException createdMeanwhile) {
            cache = caches.get().getCache(NAME, String.class, String.class);
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

package org.selene.domain.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import java.net.URI;
import java.util.Optional;

/**
 * The server's JCache. Payara makes its Data Grid's CacheManager injectable (and
 * Caching.getCachingProvider() would find Hazelcast's client provider instead, which waits for a
 * cluster that does not exist), so that one is used where it exists; elsewhere (WildFly, where the
 * launcher installs Infinispan's JCache provider as a module) the standard lookup finds the
 * provider, and {@code SELENE_JCACHE_URI} names its configuration the JCache way, by URI (on
 * WildFly an Infinispan file that replicates the caches between the nodes; unset, the provider's
 * default: caches of this node alone).
 */
@ApplicationScoped
public class ServerCacheManager {

    @Inject
    Instance<CacheManager> serverProvided;

    @Inject
    @ConfigProperty(name = "SELENE_JCACHE_URI")
    Optional<URI> configuration;

    private volatile CacheManager manager;
    /** A manager this application opened (not the server's): it is closed on undeploy, so that a redeployment can bind its cluster ports again. */
    private volatile boolean opened;

    public CacheManager get() {
        CacheManager found = manager;
        if (found == null) {
            synchronized (this) {
                found = manager;
                if (found == null) {
                    found = serverProvided.isResolvable() ? serverProvided.get() : open();
                    manager = found;
                }
            }
        }
        return found;
    }

    private CacheManager open() {
        ClassLoader loader = ServerCacheManager.class.getClassLoader();
        CachingProvider provider = Caching.getCachingProvider(loader);
        opened = true;
        return provider.getCacheManager(configuration.orElse(provider.getDefaultURI()), loader);
    }

    @PreDestroy
    void close() {
        if (opened && manager != null) {
            manager.close();
        }
    }
}

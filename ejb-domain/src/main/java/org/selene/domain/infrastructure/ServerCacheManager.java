package org.selene.domain.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.cache.CacheManager;
import javax.cache.Caching;

/**
 * The server's JCache. Payara makes its Data Grid's CacheManager injectable (and
 * Caching.getCachingProvider() would find Hazelcast's client provider instead, which waits for a
 * cluster that does not exist), so that one is used where it exists; elsewhere (WildFly, where the
 * launcher installs a JCache provider as a module) the standard lookup finds the provider.
 */
@ApplicationScoped
public class ServerCacheManager {

    @Inject
    Instance<CacheManager> serverProvided;

    private volatile CacheManager manager;

    public CacheManager get() {
        CacheManager found = manager;
        if (found == null) {
            found = serverProvided.isResolvable() ? serverProvided.get()
                    : Caching.getCachingProvider(ServerCacheManager.class.getClassLoader()).getCacheManager();
            manager = found;
        }
        return found;
    }
}

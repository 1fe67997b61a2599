package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The current ETag of a device resource, asked on every conditional GET: from the cache, without
 * a transaction or a database read, else from {@link EtagService} (read without a transaction,
 * created in one of its own on first use). A CDI bean for the reason {@link AccessTokens} is one.
 */
@ApplicationScoped
public class CurrentEtags {

    @Inject
    DeviceCaches caches;

    @EJB
    EtagService etags;

    public String of(EtagKind kind, UUID deviceId) {
        String key = kind.key(deviceId);
        return caches.etag(key).orElseGet(() -> {
            String etag = etags.stored(key).orElseGet(() -> etags.create(key));
            caches.putEtag(key, etag);
            return etag;
        });
    }
}

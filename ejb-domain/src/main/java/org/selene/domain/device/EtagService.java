package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * ETags of the device-side resources: 32 random characters, replaced ("expired") whenever the
 * data behind them changes, through whichever API changed it.
 */
@Stateless
public class EtagService {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 32 characters of [A-Za-z0-9] computed in SQL, for expiring many rows in one statement. */
    private static final String SQL_RANDOM_ETAG = "translate(encode(gen_random_bytes(24), 'base64'), '+/', 'Xz')";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private DeviceCaches caches;

    /** The ETag stored under a key, if any (read through {@link CurrentEtags}, which caches it): no transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> stored(String key) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT etag FROM device.resource_etag WHERE etag_key = ?1")
                .setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(etag -> etag.toString().trim());
    }

    /** A resource's first ETag (or the one a concurrent request created meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String create(String key) {
        em.createNativeQuery("INSERT INTO device.resource_etag (etag_key, etag) VALUES (?1, ?2) ON CONFLICT (etag_key) DO NOTHING")
                .setParameter(1, key).setParameter(2, Tokens.random(ALPHABET, 32)).executeUpdate();
        return stored(key).orElseThrow();
    }

    /** Replaces the given ETags of a device, and those its bodies are cached under ({@link EtagKind#bodyVersion()}). */
    public void expire(UUID deviceId, EtagKind... kinds) {
        List<EtagKind> expired = EtagKind.withBodyVersions(kinds);
        for (EtagKind kind : expired) {
            em.createNativeQuery("INSERT INTO device.resource_etag (etag_key, etag) VALUES (?1, ?2) "
                            + "ON CONFLICT (etag_key) DO UPDATE SET etag = excluded.etag")
                    .setParameter(1, kind.key(deviceId)).setParameter(2, Tokens.random(ALPHABET, 32)).executeUpdate();
        }
        caches.evictEtags(expired.stream().map(k -> k.key(deviceId)).toList());
    }

    /** Expires the given ETags of every device of an account (preferences, skill settings, installs, membership). */
    public void expireForAccount(UUID accountId, EtagKind... kinds) {
        for (EtagKind kind : EtagKind.withBodyVersions(kinds)) {
            @SuppressWarnings("unchecked")
            List<Object> expired = em.createNativeQuery("INSERT INTO device.resource_etag (etag_key, etag) "
                            + "SELECT ?1 || d.id, " + SQL_RANDOM_ETAG + " FROM device.device d WHERE d.account_id = ?2 "
                            + "ON CONFLICT (etag_key) DO UPDATE SET etag = excluded.etag RETURNING etag_key")
                    .setParameter(1, kind.prefix()).setParameter(2, accountId).getResultList();
            caches.evictEtags(expired.stream().map(Object::toString).toList());
        }
    }

    /**
     * Drops every ETag of deleted devices: a device created again under the same uuid (the admin
     * API may choose it) starts with fresh ones, so no body cached for the old one is served.
     */
    public void forget(Collection<UUID> deviceIds) {
        for (UUID deviceId : deviceIds) {
            List<String> keys = Arrays.stream(EtagKind.values()).map(k -> k.key(deviceId)).toList();
            Query delete = em.createNativeQuery("DELETE FROM device.resource_etag WHERE etag_key IN ("
                    + IntStream.rangeClosed(1, keys.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", ")) + ")");
            for (int i = 0; i < keys.size(); i++) {
                delete.setParameter(i + 1, keys.get(i));
            }
            delete.executeUpdate();
            caches.evictEtags(keys);
        }
    }
}

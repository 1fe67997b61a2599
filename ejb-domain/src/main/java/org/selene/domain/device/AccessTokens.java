package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The device a valid, unexpired access token belongs to, asked on every device request. A CDI
 * bean, not an EJB like the rest of device logins ({@link DeviceSessionService}): on Payara a call
 * into the EJB container (security context, instance pool, invocation bookkeeping) cost more CPU
 * than the whole answer from the cache (bench/README.md). A known token is answered from the cache;
 * only one not cached enters the container, to be read.
 */
@ApplicationScoped
public class AccessTokens {

    @EJB
    DeviceSessionService sessions;

    @Inject
    DeviceCaches caches;

    public Optional<UUID> device(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        String hash = Tokens.hash(accessToken);
        LocalDateTime now = DeviceSessionService.now();
        Optional<String> cached = caches.token(hash);
        if (cached.isPresent()) {
            String[] deviceAndExpiry = cached.get().split(" ");
            return LocalDateTime.parse(deviceAndExpiry[1]).isAfter(now) ? Optional.of(UUID.fromString(deviceAndExpiry[0])) : Optional.empty();
        }
        Optional<DeviceSession> found = sessions.unexpired(hash, now);
        found.ifPresent(s -> caches.putToken(hash, s.getDeviceId() + " " + s.getAccessExpires()));
        return found.map(DeviceSession::getDeviceId);
    }
}

package org.selene.domain.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The admin API's bearer key (SELENE_ADMIN_KEY; the launcher generates one into the data
 * directory's secrets.properties outside production). Unset: the admin API is off, as in the OVOS
 * personal backend with an empty admin_key.
 */
@Stateless
public class AdminKeyService {

    @Inject
    @ConfigProperty(name = "SELENE_ADMIN_KEY")
    Optional<String> adminKey;

    @EJB
    RateLimiter limiter;

    /**
     * Every attempt counts as a failure before the key is compared (a burst of guesses cannot pass
     * the limit) and a right key gives it back; the comparison takes the same time wherever the
     * keys differ.
     */
    public void authenticate(String presented, String clientAddress) {
        String key = adminKey.map(String::trim).filter(k -> !k.isEmpty())
                .orElseThrow(() -> new DomainException(503, "the admin API is off: SELENE_ADMIN_KEY is not set"));
        RateLimiter.Permit attempt = limiter.hit(Limit.ADMIN_KEY_FAILURES_PER_ADDRESS, clientAddress);
        if (presented == null || !MessageDigest.isEqual(sha256(presented), sha256(key))) {
            throw DomainException.unauthorized("invalid admin key");
        }
        limiter.refund(attempt);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

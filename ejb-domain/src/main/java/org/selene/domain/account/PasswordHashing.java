package org.selene.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * Password hashes: PBKDF2-HMAC-SHA512 (Jakarta Security's Pbkdf2PasswordHash) with OWASP's
 * iteration count for new hashes. Selene's SHA-512-crypt hashes are still accepted; they are flagged
 * for replacement only when the operator says so (SELENE_UPGRADE_LEGACY_HASHES=true), because a
 * replaced hash is one Selene can no longer verify: until then an adoption can be rolled back.
 */
@ApplicationScoped
public class PasswordHashing {

    public enum Verdict { MATCH, MATCH_NEEDS_UPGRADE, NO_MATCH }

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "SALT")
    Optional<String> legacySalt;

    /** Flags legacy hashes for replacement (see above). */
    @Inject
    @ConfigProperty(name = "SELENE_UPGRADE_LEGACY_HASHES", defaultValue = "false")
    boolean upgradeLegacy;

    /** Never below OWASP's count. */
    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int configuredIterations;

    private int iterations;
    /** Compared against when the account does not exist, so both cases cost the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        iterations = Math.max(210_000, configuredIterations);
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash("decoy password");
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public Verdict verify(String stored, String password) {
        if (stored == null) {
            pbkdf2.verify(password.toCharArray(), decoy);
            return Verdict.NO_MATCH;
        }
        if (LegacySeleneHash.looksLike(stored)) {
            if (!LegacySeleneHash.matches(stored, password, legacySalt.orElse(null))) {
                return Verdict.NO_MATCH;
            }
            return upgradeLegacy ? Verdict.MATCH_NEEDS_UPGRADE : Verdict.MATCH;
        }
        if (!stored.startsWith(ALGORITHM + ":")) {
            return Verdict.NO_MATCH;
        }
        if (!matchesPbkdf2(password, stored)) {
            return Verdict.NO_MATCH;
        }
        return stored.startsWith(ALGORITHM + ":" + iterations + ":") ? Verdict.MATCH : Verdict.MATCH_NEEDS_UPGRADE;
    }

    private boolean matchesPbkdf2(String password, String stored) {
        try {
            return pbkdf2.verify(password.toCharArray(), stored);
        } catch (RuntimeException e) {
            // a corrupt stored hash is a failed login, not a 500
            return false;
        }
    }
}

package org.selene.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Password hashes: PBKDF2-HMAC-SHA512 ({@link Pbkdf2}, in the format of Jakarta Security's
 * Pbkdf2PasswordHash) with OWASP's iteration count for new hashes. Selene's SHA-512-crypt hashes are still accepted; they are flagged
 * for replacement only when the operator says so (SELENE_UPGRADE_LEGACY_HASHES=true), because a
 * replaced hash is one Selene can no longer verify: until then an adoption can be rolled back.
 */
@ApplicationScoped
public class PasswordHashing {

    public enum Verdict { MATCH, MATCH_NEEDS_UPGRADE, NO_MATCH }

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

    private Pbkdf2 pbkdf2;
    /** Compared against when the account does not exist, so both cases cost the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2 = new Pbkdf2(Math.max(210_000, configuredIterations));
        decoy = hash("decoy password");
    }

    public String hash(String password) {
        return pbkdf2.generate(password);
    }

    public Verdict verify(String stored, String password) {
        if (stored == null) {
            pbkdf2.verify(password, decoy);
            return Verdict.NO_MATCH;
        }
        if (LegacySeleneHash.looksLike(stored)) {
            if (!LegacySeleneHash.matches(stored, password, legacySalt.orElse(null))) {
                return Verdict.NO_MATCH;
            }
            return upgradeLegacy ? Verdict.MATCH_NEEDS_UPGRADE : Verdict.MATCH;
        }
        if (!pbkdf2.verify(password, stored)) {
            return Verdict.NO_MATCH;
        }
        return pbkdf2.current(stored) ? Verdict.MATCH : Verdict.MATCH_NEEDS_UPGRADE;
    }
}

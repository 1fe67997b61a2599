package org.selene.domain.account;

import org.apache.commons.codec.digest.Sha2Crypt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Selene's password hash: SHA-512-crypt with the installation's fixed SALT and 5000 rounds, of
 * which only the 86 characters after the last '$' were stored. Adopted accounts log in with it;
 * PasswordHashing replaces it at login once the operator switches that on.
 */
public final class LegacySeleneHash {

    static final int LENGTH = 86;

    private LegacySeleneHash() {
    }

    public static boolean looksLike(String stored) {
        return stored != null && stored.length() == LENGTH && stored.indexOf(':') < 0 && stored.indexOf('$') < 0;
    }

    public static String of(String password, String salt) {
        String full = Sha2Crypt.sha512Crypt(password.getBytes(StandardCharsets.UTF_8), "$6$" + salt);
        return full.substring(full.lastIndexOf('$') + 1);
    }

    public static boolean matches(String stored, String password, String salt) {
        if (!looksLike(stored) || salt == null || salt.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(of(password, salt).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }
}

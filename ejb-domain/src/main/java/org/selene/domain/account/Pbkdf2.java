package org.selene.domain.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA512 hashes written as {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash>}
 * (Base64), the format of Jakarta Security's Pbkdf2PasswordHash that earlier versions stored
 * through Payara. Computed here with the JDK because not every server makes that bean injectable
 * (WildFly does not); existing hashes stay verifiable.
 */
final class Pbkdf2 {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    Pbkdf2(int iterations) {
        this.iterations = iterations;
    }

    String generate(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, iterations, KEY_BYTES));
    }

    /** False for a wrong password and for anything that is not such a hash (a corrupt one is a failed login, not a 500). */
    boolean verify(String password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (storedIterations < 1 || storedIterations > 10_000_000 || expected.length == 0 || expected.length > 512) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations, expected.length));
        } catch (IllegalArgumentException corrupt) {
            return false;
        }
    }

    /** Whether a hash was made with today's iteration count (else it is replaced at the next login). */
    boolean current(String stored) {
        return stored.startsWith(ALGORITHM + ":" + iterations + ":");
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}

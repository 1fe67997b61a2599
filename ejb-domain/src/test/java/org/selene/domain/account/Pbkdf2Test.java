package org.selene.domain.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Pbkdf2Test {

    /** Made by Jakarta Security's Pbkdf2PasswordHash (Soteria, as bundled with Payara 6), which earlier versions stored. */
    static final String SOTERIA_HASH = "PBKDF2WithHmacSHA512:1024:110JCYtQES1YLNc05iZWdGiLFhs2U9Ot9xLxSjKyf9k=:"
            + "AJDuQZUf7grA2WoSvraD4udK17pdDAxnJQOzFlgdrLyMbyFtZvXDQt2jFROLHAYqaKqmpn9DjGrDC7koVy+X2A==";

    @Test
    void verifiesHashesThatJakartaSecurityMade() {
        Pbkdf2 pbkdf2 = new Pbkdf2(210_000);
        assertTrue(pbkdf2.verify("correct horse battery staple", SOTERIA_HASH));
        assertFalse(pbkdf2.verify("correct horse battery stapler", SOTERIA_HASH));
        assertFalse(pbkdf2.current(SOTERIA_HASH), "fewer iterations than today's: replaced at the next login");
    }

    @Test
    void generatesInTheSameFormatWithTodaysIterations() {
        Pbkdf2 pbkdf2 = new Pbkdf2(1024);
        String hash = pbkdf2.generate("s3cret");
        assertTrue(hash.matches("PBKDF2WithHmacSHA512:1024:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{86}=="), hash);
        assertTrue(pbkdf2.verify("s3cret", hash));
        assertTrue(pbkdf2.current(hash));
        assertFalse(pbkdf2.verify("s3cret", pbkdf2.generate("s3cret").replace(":1024:", ":1025:")));
    }

    @Test
    void anythingElseIsAFailedLoginNotAnError() {
        Pbkdf2 pbkdf2 = new Pbkdf2(1024);
        for (String corrupt : new String[] {"", "PBKDF2WithHmacSHA512", "PBKDF2WithHmacSHA512:x:y:z",
                "PBKDF2WithHmacSHA512:1024:!!:!!", "PBKDF2WithHmacSHA512:0:AAAA:AAAA", "PBKDF2WithHmacSHA256:1024:AAAA:AAAA",
                "PBKDF2WithHmacSHA512:1024:AAAA:"}) {
            assertFalse(pbkdf2.verify("s3cret", corrupt), corrupt);
        }
    }
}

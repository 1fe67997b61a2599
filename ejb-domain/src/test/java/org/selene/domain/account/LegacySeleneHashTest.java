package org.selene.domain.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacySeleneHashTest {

    // glibc crypt("foo", "$6$testsalt") and crypt("test_password", "$6$testsalt"), after the last '$'
    static final String FOO = "XMsSBvGM2xLnuDdI2fvUaxM/No9wrzYRgF1NswgxkQRgQWoHsoh6K.ID4O/.R5jJ/9VZKkgJjF6kDGXsk8Tzb/";
    static final String TEST_PASSWORD = "WnYv7UG1eJUyP9xMIf.jTJGYtAdM6eG0L1WUqRJzKLu5jxknjyjGLdOQKdXX42a35xuobwkAFFha3tF3wZ9us1";

    @Test
    void computesWhatSeleneStored() {
        assertEquals(FOO, LegacySeleneHash.of("foo", "testsalt"));
        assertEquals(TEST_PASSWORD, LegacySeleneHash.of("test_password", "testsalt"));
    }

    @Test
    void matchesOnlyTheRightPasswordAndSalt() {
        assertTrue(LegacySeleneHash.matches(FOO, "foo", "testsalt"));
        assertFalse(LegacySeleneHash.matches(FOO, "bar", "testsalt"));
        assertFalse(LegacySeleneHash.matches(FOO, "foo", "othersalt"));
        assertFalse(LegacySeleneHash.matches(FOO, "foo", null));
    }

    @Test
    void recognisesOnlySelenesShape() {
        assertTrue(LegacySeleneHash.looksLike(FOO));
        assertFalse(LegacySeleneHash.looksLike("PBKDF2WithHmacSHA512:210000:abc:def"));
        assertFalse(LegacySeleneHash.looksLike("$6$testsalt$" + FOO));
        assertFalse(LegacySeleneHash.looksLike(null));
    }
}

package org.selene.domain.limit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitTest {

    @Test
    void quotaIsCountSlashSeconds() {
        assertEquals(new Limit.Quota(5, 900), Limit.Quota.parse("X", "5/900"));
        assertEquals(new Limit.Quota(3, 60), Limit.Quota.parse("X", " 3 / 60 "));
        for (String bad : new String[]{"5", "5/", "/900", "0/900", "5/0", "-1/60", "five/60", "5/60/1", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Limit.Quota.parse("SELENE_LIMIT_X", bad), bad);
            assertTrue(e.getMessage().startsWith("SELENE_LIMIT_X must be count/seconds"), e.getMessage());
        }
    }

    @Test
    void variablesAreNamedAfterTheLimit() {
        assertEquals("SELENE_LIMIT_PASSWORD_RESETS_PER_EMAIL", Limit.PASSWORD_RESETS_PER_EMAIL.variable());
    }

    @Test
    void keysAreDigestsComparedWithoutCase() {
        String digest = RateLimiter.digest("Person@Example.org", "10.0.0.1");
        assertEquals(64, digest.length());
        assertEquals(digest, RateLimiter.digest(" person@example.org", "10.0.0.1"));
        assertTrue(!digest.contains("example"));
        // the parts are kept apart: ("ab", "c") is not ("a", "bc")
        assertNotEquals(RateLimiter.digest("ab", "c"), RateLimiter.digest("a", "bc"));
    }
}

package org.selene.web.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCookiesTest {

    @Test
    void secureOverHttpsDirectlyOrWhenAProxySaysSo() {
        assertTrue(SessionCookies.overHttps(true, null));
        assertTrue(SessionCookies.overHttps(false, "https"));
        assertTrue(SessionCookies.overHttps(false, " HTTPS,http"));
        assertFalse(SessionCookies.overHttps(false, "http"));
        assertFalse(SessionCookies.overHttps(false, null));
    }
}

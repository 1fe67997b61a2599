package org.selene.it;

import java.time.Duration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A signed-in person's session cookie, minted with the server's JWT_ACCESS_SECRET as the SSO login does. */
public final class SessionFixture {

    private SessionFixture() {
    }

    /** Only the access cookie, minted as {@link AccountSession} does. */
    public static String cookie(UUID accountId) {
        return "seleneAccess=" + AccountSession.access(accountId, Duration.ofHours(1));
    }
}

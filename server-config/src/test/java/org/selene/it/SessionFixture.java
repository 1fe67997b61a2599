package org.selene.it;

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

    public static String cookie(UUID accountId) {
        String secret = SeleneServerExtension.server().serverEnvironment().get("JWT_ACCESS_SECRET");
        long now = Instant.now().getEpochSecond();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"sub\":\"" + accountId + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"ver\":0}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = url.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
            return "seleneAccess=" + header + "." + claims + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.selene.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs a person in the way the SSO API would: the account row is written with JDBC and the
 * seleneAccess / seleneRefresh cookies are minted with the server's secrets (HS256, claims sub,
 * iat, exp, ver — as SessionTokenCodec).
 */
public final class MarketSession {

    /** Listed in the server's ADMIN_EMAILS (StandIns). */
    public static final String ADMIN_EMAIL = "market-admin@example.org";

    public record SignedIn(UUID accountId, String cookie) {
        /** The header pair for Http's varargs. */
        public String[] cookies() {
            return new String[]{"Cookie", cookie};
        }
    }

    private MarketSession() {
    }

    public static SignedIn newAccount() {
        return signIn(DeviceFixture.newAccount());
    }

    /** The account listed in ADMIN_EMAILS (created once). */
    public static synchronized SignedIn admin() {
        Db.update("INSERT INTO account.account (email_address) VALUES (?) ON CONFLICT (email_address) DO NOTHING", ADMIN_EMAIL);
        return signIn((UUID) Db.scalar("SELECT id FROM account.account WHERE email_address = ?", ADMIN_EMAIL));
    }

    public static SignedIn signIn(UUID accountId) {
        Instant now = Instant.now();
        String access = token(accountId, "JWT_ACCESS_SECRET", now, Duration.ofDays(1));
        String refresh = token(accountId, "JWT_REFRESH_SECRET", now, Duration.ofDays(30));
        return new SignedIn(accountId, "seleneAccess=" + access + "; seleneRefresh=" + refresh);
    }

    private static String token(UUID accountId, String secretName, Instant now, Duration lifetime) {
        String secret = SeleneServerExtension.server().serverEnvironment().get(secretName);
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(accountId.toString()).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(lifetime))).claim("ver", 0).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key(secret)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException("cannot mint a session token", e);
        }
    }

    /** Short secrets are stretched with SHA-256, as the server does. */
    private static byte[] key(String secret) throws Exception {
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        return raw.length >= 32 ? raw : MessageDigest.getInstance("SHA-256").digest(raw);
    }
}

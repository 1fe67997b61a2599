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

    /** The account listed in ADMIN_EMAILS (created once), its address verified: the role needs both. */
    public static synchronized SignedIn admin() {
        Db.update("INSERT INTO account.account (email_address) VALUES (?) ON CONFLICT (email_address) DO NOTHING", ADMIN_EMAIL);
        Db.update("INSERT INTO account.email_verification (account_id, email_address) SELECT id, email_address FROM account.account "
                + "WHERE email_address = ? ON CONFLICT DO NOTHING", ADMIN_EMAIL);
        return signIn((UUID) Db.scalar("SELECT id FROM account.account WHERE email_address = ?", ADMIN_EMAIL));
    }

    /** Cookies minted as {@link AccountSession} does. */
    public static SignedIn signIn(UUID accountId) {
        return new SignedIn(accountId, AccountSession.cookies(AccountSession.access(accountId, Duration.ofDays(1)),
                AccountSession.refresh(accountId, Duration.ofDays(30))));
    }
}

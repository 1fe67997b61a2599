package org.selene.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs a person in the way Selene's browser apps are: an account row written with JDBC and the
 * seleneAccess / seleneRefresh cookies minted with the server's own secrets (HS256, Selene's claims
 * plus "ver", see SessionTokenCodec).
 */
public final class AccountSession {

    public static final Duration ACCESS = Duration.ofSeconds(900);
    public static final Duration REFRESH = Duration.ofSeconds(2_628_000);

    /** A signed-in person: the account and the Cookie header their browser sends. */
    public record SignedIn(UUID accountId, String email, String cookie) {

        public String[] headers(String... more) {
            String[] all = new String[more.length + 2];
            all[0] = "Cookie";
            all[1] = cookie;
            System.arraycopy(more, 0, all, 2, more.length);
            return all;
        }
    }

    private AccountSession() {
    }

    /** A new account (ToU and Privacy Policy accepted today, as sign-up leaves it), signed in. */
    public static SignedIn signUp() {
        UUID account = UUID.randomUUID();
        String email = "person-" + account + "@example.org";
        Db.update("INSERT INTO account.account (id, email_address, username) VALUES (?, ?, ?)", account, email, "user-" + account);
        Db.update("""
                INSERT INTO account.account_agreement (account_id, agreement_id, accept_date)
                SELECT ?, id, current_date FROM account.agreement WHERE agreement IN ('Terms of Use', 'Privacy Policy') AND effective @> current_date""",
                account);
        return signIn(account, email);
    }

    public static SignedIn signIn(UUID account, String email) {
        return new SignedIn(account, email, cookies(access(account, ACCESS), refresh(account, REFRESH)));
    }

    public static String cookies(String access, String refresh) {
        return "seleneAccess=" + access + "; seleneRefresh=" + refresh;
    }

    public static String access(UUID account, Duration lifetime) {
        return token("JWT_ACCESS_SECRET", account, lifetime, 0);
    }

    public static String refresh(UUID account, Duration lifetime) {
        return token("JWT_REFRESH_SECRET", account, lifetime, 0);
    }

    /** A token as the server issues them; a negative lifetime gives an expired one. */
    public static String token(String secretName, UUID account, Duration lifetime, int version) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(account.toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime))).claim("ver", version).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret(secretName).getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secrets the suite's server runs with. */
    private static String secret(String name) {
        return SeleneServerExtension.server().serverEnvironment().get(name);
    }
}

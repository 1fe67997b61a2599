package org.selene.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SessionTokenCodecTest {

    private final SessionTokenCodec codec = new SessionTokenCodec("a-secret-that-is-long-enough-for-hs256!");
    private final UUID account = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aFreshTokenDecodesToItsAccountAndVersion() {
        String token = codec.issue(account, 3, Duration.ofMinutes(15), now);
        SessionTokenCodec.Valid valid = assertInstanceOf(SessionTokenCodec.Valid.class, codec.decode(token, now.plusSeconds(60)));
        assertEquals(account, valid.accountId());
        assertEquals(3, valid.version());
    }

    @Test
    void aTokenPastItsExpiryIsExpiredNotInvalid() {
        String token = codec.issue(account, 0, Duration.ofMinutes(15), now);
        assertInstanceOf(SessionTokenCodec.Expired.class, codec.decode(token, now.plusSeconds(901)));
    }

    @Test
    void anotherSecretOrGarbageIsInvalid() {
        String token = new SessionTokenCodec("another-secret-that-is-long-enough-too").issue(account, 0, Duration.ofMinutes(15), now);
        assertInstanceOf(SessionTokenCodec.Invalid.class, codec.decode(token, now));
        assertInstanceOf(SessionTokenCodec.Invalid.class, codec.decode("not.a.jwt", now));
        assertInstanceOf(SessionTokenCodec.Invalid.class, codec.decode("", now));
    }

    @Test
    void aSeleneTokenWithoutVersionCountsAsVersionZero() throws Exception {
        // what Selene's PyJWT issues: {"iat": int, "exp": float, "sub": uuid}, HS256
        com.nimbusds.jwt.JWTClaimsSet claims = new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .claim("iat", now.getEpochSecond()).claim("exp", now.getEpochSecond() + 900.5).subject(account.toString()).build();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner("a-secret-that-is-long-enough-for-hs256!".getBytes()));
        SessionTokenCodec.Valid valid = assertInstanceOf(SessionTokenCodec.Valid.class, codec.decode(jwt.serialize(), now));
        assertEquals(0, valid.version());
    }
}

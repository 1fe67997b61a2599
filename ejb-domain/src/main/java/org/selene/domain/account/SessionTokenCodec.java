package org.selene.domain.account;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and reads Selene's session JWTs: HS256 with claims {iat, exp, sub}, so tokens are
 * interchangeable with Selene's. We add "ver" (the account's session version) so that logout and
 * password changes can revoke earlier tokens; a token without it (Selene's) counts as version 0.
 */
public final class SessionTokenCodec {

    static final String VERSION_CLAIM = "ver";

    public sealed interface Decoded {
    }

    /** Signature good and not expired. */
    public record Valid(UUID accountId, int version) implements Decoded {
    }

    /** Signature good but past its expiry. */
    public record Expired() implements Decoded {
    }

    /** Garbage, a bad signature, or no usable subject. */
    public record Invalid() implements Decoded {
    }

    private final byte[] key;

    public SessionTokenCodec(String secret) {
        this.key = keyOf(secret);
    }

    public String issue(UUID accountId, int version, Duration lifetime, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(accountId.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(VERSION_CLAIM, version)
                // unique even when issued twice in one second (a sliding refresh right after login)
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a session token", e);
        }
    }

    public Decoded decode(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return new Invalid();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return new Invalid();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(now)) {
                return new Expired();
            }
            Optional<UUID> account = parseUuid(claims.getSubject());
            if (account.isEmpty()) {
                return new Invalid();
            }
            Object version = claims.getClaim(VERSION_CLAIM);
            return new Valid(account.get(), version instanceof Number n ? n.intValue() : 0);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return new Invalid();
        }
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * HS256 needs a 256-bit key; Selene's secrets may be shorter. Those are stretched with SHA-256,
     * which Selene cannot verify, so production secrets should be at least 32 bytes to interoperate.
     */
    private static byte[] keyOf(String secret) {
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        if (raw.length >= 32) {
            return raw;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

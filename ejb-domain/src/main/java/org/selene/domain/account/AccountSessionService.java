package org.selene.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.selene.domain.shared.DomainException;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Web sessions as Selene's `_authenticate` (docs/web-apis.md §1.2), with the same 401 messages and the
 * sliding refresh; unlike Selene, logout and password changes revoke earlier tokens.
 */
@Stateless
public class AccountSessionService {

    /** What a password-reset token says when it is checked (POST /api/validate-token). */
    public record ResetTokenCheck(Optional<UUID> accountId, boolean expired, boolean invalid) {
    }

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    private final Map<SessionTokenKind, SessionTokenCodec> codecs = new EnumMap<>(SessionTokenKind.class);

    /** The secrets' names come from {@link SessionTokenKind}. */
    @Inject
    Config config;

    @PostConstruct
    void readSecrets() {
        for (SessionTokenKind kind : SessionTokenKind.values()) {
            codecs.put(kind, new SessionTokenCodec(config.getValue(kind.secretName(), String.class)));
        }
    }

    public WebSession signIn(UUID accountId) {
        int version = currentVersion(accountId).orElseThrow(() -> DomainException.unauthorized("account not found"));
        return session(accountId, version);
    }

    public SessionAuthentication authenticate(String accessToken, String refreshToken) {
        if (blank(accessToken) && blank(refreshToken)) {
            throw DomainException.unauthorized("no authentication tokens found");
        }
        Instant now = Instant.now();
        SessionTokenCodec.Decoded access = blank(accessToken) ? new SessionTokenCodec.Expired() : codec(SessionTokenKind.ACCESS).decode(accessToken, now);
        if (access instanceof SessionTokenCodec.Invalid) {
            throw DomainException.unauthorized("invalid access token");
        }
        if (access instanceof SessionTokenCodec.Valid valid) {
            requireCurrent(valid);
            return new SessionAuthentication(valid.accountId(), Optional.empty());
        }
        SessionTokenCodec.Decoded refresh = blank(refreshToken) ? new SessionTokenCodec.Expired() : codec(SessionTokenKind.REFRESH).decode(refreshToken, now);
        if (refresh instanceof SessionTokenCodec.Invalid) {
            throw DomainException.unauthorized("invalid refresh token");
        }
        if (refresh instanceof SessionTokenCodec.Valid valid) {
            int version = requireCurrent(valid);
            return new SessionAuthentication(valid.accountId(), Optional.of(session(valid.accountId(), version)));
        }
        throw DomainException.unauthorized("authentication tokens expired");
    }

    /** Every token issued so far stops working: logout, password change, password reset. */
    public void revokeAll(UUID accountId) {
        em.createNativeQuery("""
                INSERT INTO account.session_version (account_id, token_version) VALUES (?1, 1)
                ON CONFLICT (account_id) DO UPDATE SET token_version = session_version.token_version + 1""")
                .setParameter(1, accountId).executeUpdate();
    }

    public String passwordResetToken(UUID accountId) {
        int version = currentVersion(accountId).orElseThrow(() -> DomainException.notFound("account not found"));
        return codec(SessionTokenKind.PASSWORD_RESET).issue(accountId, version, SessionTokenKind.PASSWORD_RESET.lifetime(), Instant.now());
    }

    /** A reset token is valid until it expires or any password change (including its own) happens. */
    public ResetTokenCheck checkResetToken(String token) {
        SessionTokenCodec.Decoded decoded = codec(SessionTokenKind.PASSWORD_RESET).decode(token, Instant.now());
        if (decoded instanceof SessionTokenCodec.Expired) {
            return new ResetTokenCheck(Optional.empty(), true, false);
        }
        if (decoded instanceof SessionTokenCodec.Valid valid
                && currentVersion(valid.accountId()).filter(v -> v == valid.version()).isPresent()) {
            return new ResetTokenCheck(Optional.of(valid.accountId()), false, false);
        }
        return new ResetTokenCheck(Optional.empty(), false, true);
    }

    private WebSession session(UUID accountId, int version) {
        Instant now = Instant.now();
        return new WebSession(accountId,
                codec(SessionTokenKind.ACCESS).issue(accountId, version, SessionTokenKind.ACCESS.lifetime(), now),
                codec(SessionTokenKind.REFRESH).issue(accountId, version, SessionTokenKind.REFRESH.lifetime(), now));
    }

    private int requireCurrent(SessionTokenCodec.Valid token) {
        int version = currentVersion(token.accountId()).orElseThrow(() -> DomainException.unauthorized("account not found"));
        if (version != token.version()) {
            throw DomainException.unauthorized("authentication tokens expired");
        }
        return version;
    }

    /** The account's session version; empty when the account does not exist. */
    private Optional<Integer> currentVersion(UUID accountId) {
        List<?> rows = em.createNativeQuery("""
                SELECT coalesce(v.token_version, 0) FROM account.account a
                LEFT JOIN account.session_version v ON v.account_id = a.id WHERE a.id = ?1""")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).intValue());
    }

    private SessionTokenCodec codec(SessionTokenKind kind) {
        return codecs.get(kind);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

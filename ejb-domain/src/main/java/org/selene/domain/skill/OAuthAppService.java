package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.HouseholdService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The OVOS personal backend's OAuth apps and their tokens (admin API /admin/oauth_apps,
 * /admin/oauth_toks), kept in Selene's skill.oauth_credential and skill.oauth_token as the
 * household's: an app's token_id is the credential's application_name, the household account is its
 * developer and the owner of its token. A device of the household account gets that token from
 * GET /v1/device/{uuid}/token/{token_id}. Secrets are never logged (the records' toString leaves them out).
 */
@Stateless
public class OAuthAppService {

    private static final String APP_COLUMNS = """
            SELECT c.application_name, c.oauth_client_id, c.oauth_client_secret, c.auth_uri, c.token_uri, o.refresh_uri,
                   o.callback_uri, c.oauth_scope, COALESCE(o.shell_integration, true)
            FROM skill.oauth_credential c LEFT JOIN skill.oauth_credential_ovos o ON o.oauth_credential_id = c.id
            WHERE c.developer_id = ?1""";
    private static final String TOKEN_COLUMNS = """
            SELECT c.application_name, t.token::text FROM skill.oauth_token t JOIN skill.oauth_credential c ON c.id = t.oauth_credential_id
            WHERE c.developer_id = ?1 AND t.account_id = ?1""";

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private HouseholdService household;

    /** An OAuth app; clientSecret and scope are "" when not given (Selene's columns are NOT NULL), refreshEndpoint may be null. */
    public record App(String tokenId, String clientId, String clientSecret, String authEndpoint, String tokenEndpoint,
                      String refreshEndpoint, String callbackEndpoint, String scope, boolean shellIntegration) {
        @Override
        public String toString() {
            return "OAuth app " + tokenId;
        }
    }

    /** The token an OAuth provider answered for an app (its token response object). */
    public record Token(String tokenId, JsonObject data) {
        @Override
        public String toString() {
            return "OAuth token of " + tokenId;
        }
    }

    /** Longest endpoint, client id or secret an app may have. */
    public static final int MAX_FIELD = 2000;

    /** Longest token_id (the admin API's limit for a name). */
    public static final int MAX_TOKEN_ID = 200;

    /** A client id, secret or scope an app may have. */
    public static boolean fits(String value) {
        return value.length() <= MAX_FIELD;
    }

    /** An endpoint an app may name: an http(s) URL (the admin API and the personal-backend import both check it). */
    public static boolean isEndpoint(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        return fits(value) && (lower.startsWith("https://") || lower.startsWith("http://"));
    }

    public List<App> apps() {
        return em.createNativeQuery(APP_COLUMNS + " ORDER BY c.application_name").setParameter(1, household.account())
                .getResultList().stream().map(r -> app((Object[]) r)).toList();
    }

    public Optional<App> app(String tokenId) {
        return em.createNativeQuery(APP_COLUMNS + " AND c.application_name = ?2").setParameter(1, household.account()).setParameter(2, tokenId)
                .getResultList().stream().map(r -> app((Object[]) r)).findFirst();
    }

    /** Creates the app, or replaces every field of the app with that token_id. */
    public App save(App app) {
        Object credential = em.createNativeQuery("""
                        INSERT INTO skill.oauth_credential (developer_id, application_name, oauth_client_id, oauth_client_secret, oauth_scope,
                                                            token_uri, auth_uri, revoke_uri)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '')
                        ON CONFLICT (developer_id, application_name) DO UPDATE SET oauth_client_id = excluded.oauth_client_id,
                            oauth_client_secret = excluded.oauth_client_secret, oauth_scope = excluded.oauth_scope,
                            token_uri = excluded.token_uri, auth_uri = excluded.auth_uri
                        RETURNING id""")
                .setParameter(1, household.account()).setParameter(2, app.tokenId()).setParameter(3, app.clientId())
                .setParameter(4, app.clientSecret()).setParameter(5, app.scope()).setParameter(6, app.tokenEndpoint())
                .setParameter(7, app.authEndpoint()).getSingleResult();
        em.createNativeQuery("""
                        INSERT INTO skill.oauth_credential_ovos (oauth_credential_id, refresh_uri, callback_uri, shell_integration)
                        VALUES (?1, ?2::text, ?3::text, ?4)
                        ON CONFLICT (oauth_credential_id) DO UPDATE SET refresh_uri = excluded.refresh_uri,
                            callback_uri = excluded.callback_uri, shell_integration = excluded.shell_integration""")
                .setParameter(1, credential).setParameter(2, app.refreshEndpoint()).setParameter(3, app.callbackEndpoint())
                .setParameter(4, app.shellIntegration()).executeUpdate();
        return app(app.tokenId()).orElseThrow();
    }

    /** Deletes the app and its tokens (a token is of no use without its app). */
    public boolean delete(String tokenId) {
        UUID developer = household.account();
        em.createNativeQuery("DELETE FROM skill.oauth_token t USING skill.oauth_credential c WHERE c.id = t.oauth_credential_id "
                + "AND c.developer_id = ?1 AND c.application_name = ?2").setParameter(1, developer).setParameter(2, tokenId).executeUpdate();
        return em.createNativeQuery("DELETE FROM skill.oauth_credential WHERE developer_id = ?1 AND application_name = ?2")
                .setParameter(1, developer).setParameter(2, tokenId).executeUpdate() == 1;
    }

    public List<Token> tokens() {
        return em.createNativeQuery(TOKEN_COLUMNS + " ORDER BY c.application_name").setParameter(1, household.account())
                .getResultList().stream().map(r -> token((Object[]) r)).toList();
    }

    public Optional<Token> token(String tokenId) {
        return em.createNativeQuery(TOKEN_COLUMNS + " AND c.application_name = ?2").setParameter(1, household.account()).setParameter(2, tokenId)
                .getResultList().stream().map(r -> token((Object[]) r)).findFirst();
    }

    /** Stores (or replaces) the household's token of an app; 404 when no app has that token_id. */
    public Token saveToken(String tokenId, JsonObject data) {
        saveToken(household.account(), tokenId, data);
        return token(tokenId).orElseThrow();
    }

    /**
     * Stores (or replaces) an account's token of an app; 404 when no app has that token_id. The
     * row's insert_ts is when this token was stored: a token's expires_in counts from it.
     */
    public void saveToken(UUID account, String tokenId, JsonObject data) {
        List<?> credential = em.createNativeQuery("SELECT id FROM skill.oauth_credential WHERE developer_id = ?1 AND application_name = ?2")
                .setParameter(1, household.account()).setParameter(2, tokenId).getResultList();
        if (credential.isEmpty()) {
            throw DomainException.notFound("no OAuth app with this token_id");
        }
        em.createNativeQuery("""
                        INSERT INTO skill.oauth_token (oauth_credential_id, account_id, token) VALUES (?1, ?2, CAST(?3 AS json))
                        ON CONFLICT (oauth_credential_id, account_id) DO UPDATE SET token = excluded.token, insert_ts = excluded.insert_ts""")
                .setParameter(1, credential.get(0)).setParameter(2, account).setParameter(3, data.toString()).executeUpdate();
    }

    public boolean deleteToken(String tokenId) {
        return em.createNativeQuery("DELETE FROM skill.oauth_token t USING skill.oauth_credential c WHERE c.id = t.oauth_credential_id "
                        + "AND c.developer_id = ?1 AND t.account_id = ?1 AND c.application_name = ?2")
                .setParameter(1, household.account()).setParameter(2, tokenId).executeUpdate() == 1;
    }

    /** The token of a device's account for an app added here, the app, and when the token was stored. */
    public record DeviceToken(App app, UUID account, JsonObject data, Instant storedAt) {
        @Override
        public String toString() {
            return "OAuth token of account " + account;
        }
    }

    /**
     * What a device gets for GET /v1/device/{uuid}/token/{tokenId}: empty when no app of this name
     * was added here (the OAuth service is asked instead), else the token of the device's account
     * for it; 404 when that account has none yet.
     */
    public Optional<DeviceToken> deviceToken(UUID deviceId, String tokenId) {
        Optional<App> app = app(tokenId);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        List<?> token = em.createNativeQuery("""
                        SELECT t.account_id, t.token::text, t.insert_ts FROM skill.oauth_token t
                        JOIN skill.oauth_credential c ON c.id = t.oauth_credential_id JOIN device.device d ON d.account_id = t.account_id
                        WHERE c.developer_id = ?1 AND c.application_name = ?2 AND d.id = ?3""")
                .setParameter(1, household.account()).setParameter(2, tokenId).setParameter(3, deviceId).getResultList();
        if (token.isEmpty()) {
            throw DomainException.notFound("no OAuth token for this app yet");
        }
        Object[] row = (Object[]) token.get(0);
        return Optional.of(new DeviceToken(app.get(), (UUID) row[0], JsonText.parse((String) row[1]).asJsonObject(), ((Timestamp) row[2]).toInstant()));
    }

    private static App app(Object[] r) {
        return new App((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (Boolean) r[8]);
    }

    private static Token token(Object[] r) {
        return new Token((String) r[0], JsonText.parse((String) r[1]).asJsonObject());
    }
}

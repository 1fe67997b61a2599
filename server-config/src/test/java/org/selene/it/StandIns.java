package org.selene.it;

import java.util.HashMap;
import java.util.Map;

/** Fixed addresses of the local stand-ins for third-party upstreams, known to the server at start. */
public final class StandIns {

    /** SSO stand-ins: SMTP (GreenMail, see MailStandIn), GitHub, Google, Facebook. */
    static final int SMTP = 40;
    static final int GITHUB = 41;
    static final int GOOGLE = 42;
    static final int FACEBOOK = 43;

    /** Known session secrets, so that tests can forge Selene's tokens (expired, foreign, old). */
    static final String JWT_ACCESS_SECRET = "it-access-secret-0123456789abcdefghijklmnop";
    static final String JWT_REFRESH_SECRET = "it-refresh-secret-0123456789abcdefghijklmno";
    static final String JWT_RESET_SECRET = "it-reset-secret-0123456789abcdefghijklmnopq";
    /** Selene's fixture salt for adopted SHA-512-crypt hashes. */
    static final String SALT = "testsalt";

    private StandIns() {
    }

    public static int port(int offset) {
        return SeleneServerExtension.STAND_IN_PORT_BASE + offset;
    }

    public static String url(int offset) {
        return "http://localhost:" + port(offset);
    }

    static Map<String, String> serverEnvironment() {
        Map<String, String> env = new HashMap<>(Map.ofEntries(
                Map.entry("SELENE_ENVIRONMENT", "test"),
                // tests must not wait a minute for last-contact writes
                Map.entry("SELENE_LAST_CONTACT_FLUSH_SECONDS", "1"),
                // a change made in the database alone (memberships: nothing here writes them) shows
                // once the device API's cached answers expire; tests wait at most this long
                Map.entry("SELENE_DEVICE_CACHE_SECONDS", Integer.toString(DeviceBodyCacheIT.CACHE_SECONDS)),
                // sso
                Map.entry("EMAIL_SERVICE_HOST", "localhost"),
                Map.entry("EMAIL_SERVICE_PORT", Integer.toString(port(SMTP))),
                Map.entry("EMAIL_SERVICE_SECURITY", "none"),
                Map.entry("JWT_ACCESS_SECRET", JWT_ACCESS_SECRET),
                Map.entry("JWT_REFRESH_SECRET", JWT_REFRESH_SECRET),
                Map.entry("JWT_RESET_SECRET", JWT_RESET_SECRET),
                Map.entry("SALT", SALT),
                // SsoLoginIT: this server replaces adopted Selene hashes at login (the bare one does not)
                Map.entry("SELENE_UPGRADE_LEGACY_HASHES", "true"),
                Map.entry("GITHUB_OAUTH_URL", url(GITHUB)),
                Map.entry("GITHUB_API_URL", url(GITHUB)),
                Map.entry("GITHUB_CLIENT_ID", "it-github-client"),
                Map.entry("GITHUB_CLIENT_SECRET", "it-github-secret"),
                Map.entry("GOOGLE_OAUTH_URL", url(GOOGLE)),
                Map.entry("GOOGLE_CLIENT_ID", "it-google-client"),
                Map.entry("FACEBOOK_GRAPH_URL", url(FACEBOOK)),
                // lets tests pose as other client addresses (Http.newClientAddress), so limits per address stay with one test
                Map.entry("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1"),
                // a limit configured (DeviceHostileInputIT): the default, 3600 an hour, is long to reach over HTTP
                Map.entry("SELENE_LIMIT_ACTIVATIONS_PER_ADDRESS", "200/3600"),
                // self-activation from a documentation network only: the other tests' random 10.x addresses pair by code
                Map.entry("SELENE_AUTO_ACTIVATE", SelfActivationIT.HOUSEHOLD_NETWORK),
                Map.entry("SELENE_HOUSEHOLD_EMAIL", SelfActivationIT.HOUSEHOLD_EMAIL),
                Map.entry("SELENE_DEFAULT_LOCATION", "Kansas City"),
                Map.entry("SELENE_ADMIN_KEY", AdminApiIT.ADMIN_KEY),
                // RecordingsIT: /v1/stt keeps the utterances of opted-in devices
                Map.entry("SELENE_RECORD_UTTERANCES", "true"),
                // market: the admin role, and the daily report through the SMTP stand-in
                Map.entry("ADMIN_EMAILS", String.join(", ", MarketSession.ADMIN_EMAIL, AdminJobsIT.LISTED_UNVERIFIED, AdminJobsIT.LISTED_VOUCHED)),
                // skill catalogues: https from localhost, and plain http only under the stand-in's prefix
                Map.entry("SELENE_IMPORT_URL_ALLOW", "localhost,http://localhost:" + port(SkillImportIT.CATALOGUE_OFFSET) + "/MycroftAI/"),
                Map.entry("REPORT_EMAIL_RECIPIENT", MaintenanceJobsIT.REPORT_RECIPIENT)));
        // services: weather, Wolfram Alpha, speech-to-text stand-ins
        env.putAll(UpstreamStandIn.serverEnvironment());
        return env;
    }

    /**
     * The server of BareConfigurationIT: nothing optional configured (no upstream keys, no mail, no
     * GitHub client), speech through an OVOS STT server stand-in, the hardened session cookies on.
     */
    static Map<String, String> bareServerEnvironment() {
        return new HashMap<>(Map.ofEntries(
                Map.entry("SELENE_ENVIRONMENT", "test"),
                Map.entry("JWT_ACCESS_SECRET", JWT_ACCESS_SECRET),
                Map.entry("JWT_REFRESH_SECRET", JWT_REFRESH_SECRET),
                Map.entry("JWT_RESET_SECRET", JWT_RESET_SECRET),
                Map.entry("SALT", SALT),
                Map.entry("TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1"),
                Map.entry("SESSION_COOKIE_DOMAIN", "selene.test"),
                Map.entry("SESSION_COOKIE_HTTP_ONLY", "true"),
                // the timer test: one maintenance job every minute, one not scheduled at all
                Map.entry("SELENE_SCHEDULE_CORE_METRICS_PARSE", "*:*"),
                Map.entry("SELENE_SCHEDULE_DAILY_REPORT", "off"),
                // the personal backend's two-way skill settings (BareSkillSettingsTwoWayIT)
                Map.entry("SELENE_SKILL_SETTINGS_TWO_WAY", "true"),
                // as several nodes sharing no cache run (BareConfigurationIT)
                Map.entry("SELENE_DEVICE_CACHE_SECONDS", "0"),
                Map.entry("OVOS_STT_URL", "http://localhost:" + port(BareConfigurationIT.OVOS_STT) + "/ovos")));
    }
}

package org.selene.domain.limit;

/**
 * Every abuse limit, with defaults a household never reaches. Each is configured by
 * {@code SELENE_LIMIT_<NAME>=count/seconds} (e.g. {@code SELENE_LIMIT_PASSWORD_RESETS_PER_EMAIL=3/3600}):
 * at most count hits per key within a fixed window of that many seconds. The README lists them.
 */
public enum Limit {

    /** Failed internal logins for one e-mail address from one client address (another address is not locked out). */
    LOGIN_FAILURES(5, 900, "too many failed logins, try again later"),
    /** Failed internal logins from one client address, whatever the e-mail address. */
    LOGIN_FAILURES_PER_ADDRESS(20, 900, "too many failed logins, try again later"),
    /** Pairing-code checks and pairings (account app) per account: guessing another household's code. */
    PAIRING_ATTEMPTS_PER_ACCOUNT(60, 3600, "too many pairing attempts, try again later"),
    /** The same per client address. */
    PAIRING_ATTEMPTS_PER_ADDRESS(120, 3600, "too many pairing attempts, try again later"),
    /** Pairing codes issued (GET /v1/device/code) per client address. */
    PAIRING_CODES_PER_ADDRESS(120, 3600, "too many pairing codes requested, try again later"),
    /** Activation polls (POST /v1/device/activate) per client address; a pairing device polls about every 10 s. */
    ACTIVATIONS_PER_ADDRESS(3600, 3600, "too many activation requests, try again later"),
    /** Password-reset mails per target address, known or not. */
    PASSWORD_RESETS_PER_EMAIL(5, 3600, "too many password reset requests, try again later"),
    /** Password-reset requests per client address. */
    PASSWORD_RESETS_PER_ADDRESS(20, 3600, "too many password reset requests, try again later"),
    /** E-mail change requests (two mails each) per account. */
    EMAIL_CHANGES_PER_ACCOUNT(10, 3600, "too many e-mail change requests, try again later"),
    /** Sign-ups per client address. */
    SIGN_UPS_PER_ADDRESS(30, 3600, "too many sign-ups, try again later"),
    /** Admin API requests with a wrong admin key per client address: guessing the key, limited like a login. */
    ADMIN_KEY_FAILURES_PER_ADDRESS(20, 900, "too many failed admin requests, try again later"),
    /** Skill OAuth authorizations a device starts (GET /v1/auth/{token_id}/auth_url) per device. */
    OAUTH_AUTHORIZATIONS_PER_DEVICE(30, 3600, "too many OAuth authorizations from this device, try again later"),
    /** OAuth provider redirects (GET /v1/auth/callback/{token_id}) per client address: guessing a state. */
    OAUTH_CALLBACKS_PER_ADDRESS(60, 3600, "too many OAuth callbacks, try again later"),
    /** Mails a device sends its owner (PUT /v1/device/{uuid}/message) per device. */
    DEVICE_EMAILS_PER_DEVICE(60, 3600, "too many messages from this device, try again later"),
    /**
     * Transcriptions one device has in flight: each call counts while it runs and is given back when
     * it ends, so one device cannot take the upstream bulkhead's ten places (at a window's turn it may
     * briefly hold twice the count). The window (the upstream's timeout) bounds what a crash leaves counted.
     */
    TRANSCRIPTIONS_IN_FLIGHT_PER_DEVICE(3, 60, "too many transcriptions in progress for this device, try again shortly");

    private final Quota defaultQuota;
    private final String refusal;

    Limit(int count, int seconds, String refusal) {
        this.defaultQuota = new Quota(count, seconds);
        this.refusal = refusal;
    }

    public String variable() {
        return "SELENE_LIMIT_" + name();
    }

    public Quota defaultQuota() {
        return defaultQuota;
    }

    String refusal() {
        return refusal;
    }

    /** At most count hits per window of seconds. */
    public record Quota(int count, int seconds) {

        public Quota {
            if (count < 1 || seconds < 1) {
                throw new IllegalArgumentException("count and seconds must be positive");
            }
        }

        /** "count/seconds", e.g. "5/900". */
        public static Quota parse(String variable, String value) {
            String[] parts = value.trim().split("\\s*/\\s*");
            try {
                if (parts.length == 2) {
                    return new Quota(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new IllegalArgumentException(variable + " must be count/seconds with both positive, e.g. 5/900; was: " + value);
        }
    }
}

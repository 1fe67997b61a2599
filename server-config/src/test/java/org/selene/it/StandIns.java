package org.selene.it;

import java.util.Map;

/** Fixed addresses of the local stand-ins for third-party upstreams, known to the server at start. */
public final class StandIns {

    private StandIns() {
    }

    public static int port(int offset) {
        return SeleneServerExtension.STAND_IN_PORT_BASE + offset;
    }

    /** The SMTP stand-in (GreenMail, see {@link Mailbox}). */
    public static final int SMTP_OFFSET = 25;

    static Map<String, String> serverEnvironment() {
        return Map.of(
                "SELENE_ENVIRONMENT", "test",
                "EMAIL_SERVICE_HOST", "localhost",
                "EMAIL_SERVICE_PORT", Integer.toString(port(SMTP_OFFSET)),
                "EMAIL_SERVICE_SECURITY", "none",
                // tests must not wait a minute for last-contact writes
                "SELENE_LAST_CONTACT_FLUSH_SECONDS", "1");
    }
}

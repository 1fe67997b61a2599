package org.selene.it;

import java.util.Map;

/** Fixed addresses of the local stand-ins for third-party upstreams, known to the server at start. */
public final class StandIns {

    private StandIns() {
    }

    public static int port(int offset) {
        return SeleneServerExtension.STAND_IN_PORT_BASE + offset;
    }

    static Map<String, String> serverEnvironment() {
        return Map.of(
                "SELENE_ENVIRONMENT", "test",
                // tests must not wait a minute for last-contact writes
                "SELENE_LAST_CONTACT_FLUSH_SECONDS", "1",
                // market: the admin role, and the daily report through the suite's SMTP stand-in (GreenMail)
                "ADMIN_EMAILS", MarketSession.ADMIN_EMAIL,
                "REPORT_EMAIL_RECIPIENT", MaintenanceJobsIT.REPORT_RECIPIENT,
                "EMAIL_SERVICE_HOST", "localhost",
                "EMAIL_SERVICE_PORT", Integer.toString(port(MaintenanceJobsIT.SMTP_OFFSET)),
                "EMAIL_SERVICE_SECURITY", "none");
    }
}

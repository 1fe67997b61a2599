package org.selene.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;

/** The suite's SMTP server (GreenMail) on a fixed stand-in port, started when a test first needs it. */
public final class MailStandIn {

    private static GreenMail greenMail;

    private MailStandIn() {
    }

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(StandIns.port(0), "localhost", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return greenMail;
    }

    static Map<String, String> serverEnvironment() {
        return Map.of(
                "EMAIL_SERVICE_HOST", "localhost",
                "EMAIL_SERVICE_PORT", Integer.toString(StandIns.port(0)),
                "EMAIL_SERVICE_SECURITY", "none");
    }
}

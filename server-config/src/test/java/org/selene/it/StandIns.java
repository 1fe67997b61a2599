package org.selene.it;

import java.util.HashMap;
import java.util.Map;

/** Fixed addresses of the local stand-ins for third-party upstreams, known to the server at start. */
public final class StandIns {

    private StandIns() {
    }

    public static int port(int offset) {
        return SeleneServerExtension.STAND_IN_PORT_BASE + offset;
    }

    static Map<String, String> serverEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of(
                "SELENE_ENVIRONMENT", "test",
                // tests must not wait a minute for last-contact writes
                "SELENE_LAST_CONTACT_FLUSH_SECONDS", "1"));
        env.putAll(UpstreamStandIn.serverEnvironment());
        env.putAll(MailStandIn.serverEnvironment());
        return env;
    }
}

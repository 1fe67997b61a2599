package org.selene.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain's logging.properties, with the server log's rotation bounded. Payara keeps every
 * rotated file (maxHistoryFiles=0), and it logs a stack trace for each request whose path it cannot
 * decode (a broken percent escape, {@code GET /v1/x/%zz}) before any application sees it: anyone on
 * the network could fill the disk. Applied at every start, like {@link DomainXml#hardened}.
 */
final class DomainLogging {

    /** Rotated files kept per log; with Payara's 2 MB rotation a log takes at most about 22 MB. */
    static final int KEPT_FILES = 10;

    private static final Map<String, String> BOUNDS = new LinkedHashMap<>();

    static {
        BOUNDS.put("com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles", String.valueOf(KEPT_FILES));
        BOUNDS.put("com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes", "2000000");
        BOUNDS.put("fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.maxHistoryFiles", String.valueOf(KEPT_FILES));
        BOUNDS.put("fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.rotationLimitInBytes", "2000000");
    }

    private DomainLogging() {
    }

    static String bounded(String properties) {
        String text = properties;
        for (Map.Entry<String, String> bound : BOUNDS.entrySet()) {
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(bound.getKey()) + "\\s*=.*$").matcher(text);
            String replacement = Matcher.quoteReplacement(bound.getKey() + "=" + bound.getValue());
            if (line.find()) {
                text = line.replaceAll(replacement);
            } else {
                text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + bound.getKey() + "=" + bound.getValue() + "\n";
            }
        }
        return text;
    }
}

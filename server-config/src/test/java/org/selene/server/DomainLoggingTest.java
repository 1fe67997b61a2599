package org.selene.server;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainLoggingTest {

    private static final String PAYARA_DEFAULTS = """
            #GFFileHandler.alarms=false
            com.sun.enterprise.server.logging.GFFileHandler.compressOnRotation=false
            com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=0
            com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=2000000
            fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.maxHistoryFiles=0
            jakarta.enterprise.web.core.level=INFO
            """;

    @Test
    void keepsTenRotatedFilesOfEachLogAndLeavesTheRestAlone() {
        List<String> lines = DomainLogging.bounded(PAYARA_DEFAULTS).lines().toList();
        assertEquals(List.of(
                "#GFFileHandler.alarms=false",
                "com.sun.enterprise.server.logging.GFFileHandler.compressOnRotation=false",
                "com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=10",
                "com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=2000000",
                "fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.maxHistoryFiles=10",
                "jakarta.enterprise.web.core.level=INFO",
                "fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.rotationLimitInBytes=2000000"), lines);
    }

    @Test
    void appliedAgainChangesNothing() {
        String once = DomainLogging.bounded(PAYARA_DEFAULTS);
        assertEquals(once, DomainLogging.bounded(once));
    }

    @Test
    void anOperatorsUnboundedSettingIsBoundedAgain() {
        String edited = DomainLogging.bounded(PAYARA_DEFAULTS).replace("GFFileHandler.maxHistoryFiles=10", "GFFileHandler.maxHistoryFiles = 0");
        assertTrue(DomainLogging.bounded(edited).contains("\ncom.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=10\n"));
    }
}

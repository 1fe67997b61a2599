package org.selene.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeleneServerTest {

    @Test
    void sizesTheServersHttpThreadPoolAndLeavesTheDefaultConfigAlone() {
        String xml = "<config name=\"server-config\"><thread-pool name=\"http-thread-pool\" max-queue-size=\"4096\"></thread-pool></config>"
                + "<config name=\"default-config\"><thread-pool name=\"http-thread-pool\" /></config>";
        assertEquals("<config name=\"server-config\"><thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"64\" max-queue-size=\"4096\"></thread-pool></config>"
                + "<config name=\"default-config\"><thread-pool name=\"http-thread-pool\" /></config>", SeleneServer.withHttpThreads(xml, 64));
    }

    @Test
    void replacesASizeAlreadyThere() {
        assertEquals("<thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"64\"/>",
                SeleneServer.withHttpThreads("<thread-pool name=\"http-thread-pool\" max-thread-pool-size=\"5\"/>", 64));
    }

    @Test
    void aDomainWithoutTheHttpPoolIsAnError() {
        assertThrows(IllegalStateException.class, () -> SeleneServer.withHttpThreads("<config/>", 64));
    }
}

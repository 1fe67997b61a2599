package org.selene.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedDatabaseTest {

    @Test
    void replacesEveryTrustMethodAndLeavesCommentsAlone() {
        String hba = """
                # "local" is for Unix domain socket connections only; trust is the default
                local   all             all                                     trust
                host    all             all             127.0.0.1/32            trust
                host    all             all             ::1/128                 trust
                local   replication     all                                     trust
                host    all             all             10.0.0.0/8              md5
                """;
        assertEquals("""
                # "local" is for Unix domain socket connections only; trust is the default
                local   all             all                                     scram-sha-256
                host    all             all             127.0.0.1/32            scram-sha-256
                host    all             all             ::1/128                 scram-sha-256
                local   replication     all                                     scram-sha-256
                host    all             all             10.0.0.0/8              md5
                """, EmbeddedDatabase.withoutTrust(hba));
    }

    @Test
    void aClusterWithoutTrustIsLeftAsItIs() {
        String hba = "host all all 127.0.0.1/32 scram-sha-256\n";
        assertEquals(hba, EmbeddedDatabase.withoutTrust(hba));
    }
}

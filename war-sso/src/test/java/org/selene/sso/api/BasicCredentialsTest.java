package org.selene.sso.api;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void splitsAtTheFirstSeparator() {
        assertEquals(new BasicCredentials("foo@mycroft.ai", "p:||:w"), BasicCredentials.parse(basic("foo@mycroft.ai:||:p:||:w")));
        assertEquals(new BasicCredentials("a@b.org", "pässword"), BasicCredentials.parse(basic("a@b.org:||:pässword")));
    }

    @Test
    void missingIs401AndGarbledIs400() {
        assertEquals(401, assertThrows(DomainException.class, () -> BasicCredentials.parse(null)).status());
        for (String bad : List.of("Basic", "Bearer x", "Basic ***", basic("a@b.org:pw"), basic(":||:pw"), basic("a@b.org:||:"))) {
            assertEquals(400, assertThrows(DomainException.class, () -> BasicCredentials.parse(bad)).status(), bad);
        }
    }
}

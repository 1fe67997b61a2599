package org.selene.domain.account;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressesTest {

    @Test
    void acceptsOrdinaryAddressesWithoutLookingThemUp() {
        assertTrue(EmailAddresses.wellFormed("foo@mycroft.ai"));
        assertTrue(EmailAddresses.wellFormed("first.last+tag@sub.example-domain.org"));
        assertTrue(EmailAddresses.wellFormed("someone@no-such-domain.invalid"));
    }

    @Test
    void refusesWhatIsNoAddress() {
        for (String bad : new String[]{"", "foo", "foo@", "@mycroft.ai", "foo@localhost", "a b@c.de", "a@b@c.de", "foo@-x.org", "foo@x..org"}) {
            assertFalse(EmailAddresses.wellFormed(bad), bad);
        }
        assertFalse(EmailAddresses.wellFormed("x".repeat(250) + "@a.org"));
    }

    @Test
    void requireTrimsOrAnswers400() {
        assertEquals("foo@mycroft.ai", EmailAddresses.require("  foo@mycroft.ai "));
        assertEquals(400, assertThrows(DomainException.class, () -> EmailAddresses.require("nope")).status());
        assertEquals(400, assertThrows(DomainException.class, () -> EmailAddresses.require(null)).status());
    }
}

package org.selene.domain.account;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void acceptsOrdinaryAddressesWithoutLookingThemUp() {
        assertTrue(EmailAddress.parse("foo@mycroft.ai").isPresent());
        assertTrue(EmailAddress.parse("first.last+tag@sub.example-domain.org").isPresent());
        assertTrue(EmailAddress.parse("someone@no-such-domain.invalid").isPresent());
    }

    @Test
    void refusesWhatIsNoAddress() {
        for (String bad : new String[]{"", "foo", "foo@", "@mycroft.ai", "foo@localhost", "a b@c.de", "a@b@c.de", "foo@-x.org", "foo@x..org"}) {
            assertFalse(EmailAddress.parse(bad).isPresent(), bad);
        }
        assertFalse(EmailAddress.parse("x".repeat(250) + "@a.org").isPresent());
    }

    @Test
    void requireTrimsOrAnswers400() {
        assertEquals("foo@mycroft.ai", EmailAddress.require("  foo@mycroft.ai "));
        assertEquals(400, assertThrows(DomainException.class, () -> EmailAddress.require("nope")).status());
        assertEquals(400, assertThrows(DomainException.class, () -> EmailAddress.require(null)).status());
    }
}

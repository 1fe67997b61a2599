package org.selene.domain.account;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules behind the account API: membership wording, e-mail syntax, password hashes. */
class AccountProfileRulesTest {

    private static String duration(String start, String today) {
        return new AccountProfileService.ActiveMembership(UUID.randomUUID(), MembershipType.MONTHLY, PaymentMethod.STRIPE, "cus", "sub",
                LocalDate.parse(start)).duration(LocalDate.parse(today));
    }

    @Test
    void membershipDurationUsesSelenesWording() {
        assertNull(duration("2026-11-20", "2026-12-01"));
        assertEquals(" 3 months", duration("2026-09-01", "2026-12-01"));
        assertEquals("1 years", duration("2025-12-01", "2026-12-01"));
        assertEquals("1 years  2 months", duration("2025-09-25", "2026-12-01"));
    }

    @Test
    void emailAddressesAreCheckedBySyntaxOnly() {
        assertEquals(Optional.of("Foo.Bar@example.org"), EmailAddress.parse("  Foo.Bar@EXAMPLE.org "));
        assertTrue(EmailAddress.parse("someone@no-such-domain.invalid").isPresent());
        for (String bad : new String[]{"", "plain", "a@b", "a b@example.org", "a@@example.org", "a@example..org", "<a>@example.org", "a@exam\nple.org"}) {
            assertFalse(EmailAddress.parse(bad).isPresent(), bad);
        }
        assertFalse(EmailAddress.parse("a".repeat(250) + "@example.org").isPresent());
    }
}

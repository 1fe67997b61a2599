package org.selene.domain.account;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccountProfileServiceTest {

    static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 0, 0);

    @Test
    void membershipDurationUsesSelenesWording() {
        assertNull(AccountProfileService.duration(START, START.plusDays(29)));
        assertEquals(" 3 months", AccountProfileService.duration(START, START.plusDays(95)));
        assertEquals("1 years", AccountProfileService.duration(START, START.plusDays(366)));
        assertEquals("1 years  2 months", AccountProfileService.duration(START, START.plusDays(365 + 61)));
    }
}

package org.selene.domain.tagging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreciseTaggingServiceTest {

    @Test
    void onlySampleNamesAreLookedUp() {
        assertTrue(PreciseTaggingService.SAMPLE_NAME.matcher("c46e74fa09732bb8d5e3aa4d8f46072bae9b732d.wav").matches());
        assertTrue(PreciseTaggingService.SAMPLE_NAME.matcher("c46e74fa09732bb8d5e3aa4d8f46072bae9b732d.0.wav").matches());
        assertFalse(PreciseTaggingService.SAMPLE_NAME.matcher("../c46e74fa09732bb8d5e3aa4d8f46072bae9b732d.wav").matches());
        assertFalse(PreciseTaggingService.SAMPLE_NAME.matcher("secrets.properties").matches());
    }

    @Test
    void tagNamesAreTitleCased() {
        assertEquals("Hey Mycroft", PreciseTaggingService.titleCase("hey mycroft"));
        assertEquals("Gender", PreciseTaggingService.titleCase("gender"));
    }
}

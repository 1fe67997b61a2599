package org.selene.web.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MultipartBoundaryFilterTest {

    private static String boundary(String head) {
        return MultipartBoundaryFilter.boundary(head.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theFirstLineNamesTheBoundary() {
        assertEquals("3f1c0b9e", boundary("--3f1c0b9e\r\nContent-Disposition: form-data; name=\"audio\""));
        assertEquals("abc", boundary("--abc\nrest"));
    }

    @Test
    void aBodyThatDoesNotStartWithABoundaryHasNone() {
        assertNull(boundary("RIFF....WAVE"));
        assertNull(boundary("--\r\n"));
        assertNull(boundary("--" + "x".repeat(71) + "\r\n"));
        assertNull(boundary("--abc"), "no line end within the first line's limit");
    }
}

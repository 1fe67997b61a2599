package org.selene.requestguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HeaderErrorFilterTest {

    @Test
    void theCodecsMessagesNameTheStatus() {
        assertEquals(414, HeaderErrorFilter.refusal(null, "HTTP packet intial line is too large").status());
        assertEquals(431, HeaderErrorFilter.refusal(null, "HTTP packet header is too large").status());
        assertEquals(400, HeaderErrorFilter.refusal(null, "Bad HTTP headers").status());
        assertEquals(400, HeaderErrorFilter.refusal(null, null).status());
    }

    @Test
    void theResponseIsAClosingJsonErrorWithItsLength() {
        String response = new String(HeaderErrorFilter.response(HeaderErrorFilter.refusal(null, "HTTP packet header is too large")),
                StandardCharsets.US_ASCII);
        String body = "{\"error\":\"request header fields too large\"}";
        assertEquals("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n" + body, response);
    }
}

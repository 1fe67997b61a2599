package org.selene.web.error;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorResponsesTest {

    @Test
    void aClientErrorKeepsOurOwnMessage() {
        assertEquals("state: This field is required.", ErrorResponses.clientMessage("state: This field is required.", 400, "Bad Request"));
    }

    @Test
    void theImplementationsOwnMessagesGiveWayToTheReason() {
        assertEquals("Not Found", ErrorResponses.clientMessage("HTTP 404 Not Found", 404, "Not Found"));
        assertEquals("Not Found", ErrorResponses.clientMessage(
                "RESTEASY003210: Could not find resource for full path: http://localhost:8080/v1/nonexistent", 404, "Not Found"));
        assertEquals("Method Not Allowed", ErrorResponses.clientMessage(
                "RESTEASY003650: No resource method found for DELETE, return 405 with Allow header", 405, "Method Not Allowed"));
        assertEquals("Not Found", ErrorResponses.clientMessage(null, 404, "Not Found"));
    }

    @Test
    void aServerErrorNeverShowsItsMessage() {
        assertEquals("Internal Server Error", ErrorResponses.clientMessage("connection refused to db:5432", 500, "Internal Server Error"));
    }
}

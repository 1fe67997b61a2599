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

    @Test
    void whatTheDatabaseRefusesToStoreIsTheRequestsFault() {
        Throwable nul = new jakarta.ejb.EJBException(new IllegalStateException("wrapped", new java.sql.SQLException("invalid byte sequence", "22021")));
        assertEquals(new ErrorResponses.DatabaseRefusal(400, "a text contains a character that cannot be stored (NUL)"), ErrorResponses.DatabaseRefusal.of(nul));
        assertEquals(400, ErrorResponses.DatabaseRefusal.of(new java.sql.SQLException("out of range", "22003")).status());
        assertEquals(409, ErrorResponses.DatabaseRefusal.of(new java.sql.SQLException("duplicate key", "23505")).status());
        assertEquals(400, ErrorResponses.DatabaseRefusal.of(new java.sql.SQLException("foreign key", "23503")).status());
        assertEquals(null, ErrorResponses.DatabaseRefusal.of(new java.sql.SQLException("connection refused", "08001")), "the server's fault stays a 500");
        assertEquals(null, ErrorResponses.DatabaseRefusal.of(new IllegalStateException("no SQL at all")));
    }
}

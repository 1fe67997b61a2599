package org.selene.web.http;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyBase64Test {

    @Test
    void decodesUtf8AndBrowsersLatin1() {
        assertEquals("foo@mycroft.ai", JsonBody.base64Text("Zm9vQG15Y3JvZnQuYWk=", "email"));
        assertEquals("pä", JsonBody.base64Text("cMOk", "password"));
        // btoa("pä") in a browser: Latin-1 bytes
        assertEquals("pä", JsonBody.base64Text("cOQ=", "password"));
        assertNull(JsonBody.base64Text(null, "password"));
    }

    @Test
    void jsonFieldsDecodeAsTheLoginHeaderDoes() {
        // PUT /account/api/change-password sends btoa("pä"); internal-login then sends btoa("email:||:pä")
        assertEquals("pä", JsonBody.base64Field(JsonBody.parseObject("{\"password\":\"cOQ=\"}"), "password", 4096));
        assertEquals("pä", JsonBody.base64Field(JsonBody.parseObject("{\"password\":\"cMOk\"}"), "password", 4096));
        assertEquals(400, assertThrows(DomainException.class,
                () -> JsonBody.base64Field(JsonBody.parseObject("{\"password\":\"***\"}"), "password", 4096)).status());
    }

    @Test
    void notBase64Is400() {
        for (String bad : new String[]{"***", "a", "!!!not-base64!!!", "cOQ=x"}) {
            assertEquals(400, assertThrows(DomainException.class, () -> JsonBody.base64Text(bad, "password")).status(), bad);
        }
    }
}

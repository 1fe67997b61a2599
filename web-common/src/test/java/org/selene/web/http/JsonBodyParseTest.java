package org.selene.web.http;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyParseTest {

    @Test
    void deeplyNestedInputIs400Not500() {
        String deep = "{" + "\"a\":{".repeat(2000) + "}".repeat(2001);
        assertEquals(400, assertThrows(DomainException.class, () -> JsonBody.parseObject(deep)).status());
    }

    @Test
    void malformedInputIs400() {
        for (String bad : new String[]{"{", "nul", "{\"a\":}", ""}) {
            assertEquals(400, assertThrows(DomainException.class, () -> JsonBody.parseObject(bad)).status(), bad);
        }
    }
}

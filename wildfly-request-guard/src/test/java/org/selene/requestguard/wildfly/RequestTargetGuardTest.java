package org.selene.requestguard.wildfly;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestTargetGuardTest {

    @Test
    void aPathIsDecodedAsUtf8AndKeepsAnEncodedSlash() {
        assertEquals("/v1/device/abc", RequestTargetGuard.path("/v1/devic%65/abc", new StringBuilder()));
        assertEquals("/v1/caf\u00e9", RequestTargetGuard.path("/v1/caf%C3%A9", new StringBuilder()));
        assertEquals("/v1/a%2Fb", RequestTargetGuard.path("/v1/a%2Fb", new StringBuilder()));
        assertEquals("/v1/a+b", RequestTargetGuard.path("/v1/a+b", new StringBuilder()));
    }

    @Test
    void aBrokenEscapeInThePathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RequestTargetGuard.path("/v1/x/%zz", new StringBuilder()));
        assertThrows(IllegalArgumentException.class, () -> RequestTargetGuard.path("/v1/x/%4", new StringBuilder()));
    }

    @Test
    void queryParametersAreDecodedAsAFormsAndMergedByDecodedName() {
        Map<String, Deque<String>> parameters = new TreeMap<>();
        parameters.put("location", new ArrayDeque<>(List.of("New+York%2C%20NY")));
        parameters.put("%61rch", new ArrayDeque<>(List.of("arm")));
        parameters.put("arch", new ArrayDeque<>(List.of("x86")));
        RequestTargetGuard.decodeQueryParameters(parameters, new StringBuilder());
        assertEquals("New York, NY", parameters.get("location").getFirst());
        assertEquals(List.of("arm", "x86"), List.copyOf(parameters.get("arch")));
        assertEquals(2, parameters.size());
    }

    @Test
    void aQueryWithNothingToDecodeKeepsTheParsersMap() {
        Map<String, Deque<String>> parameters = new TreeMap<>();
        Deque<String> values = new ArrayDeque<>(List.of("arm"));
        parameters.put("arch", values);
        RequestTargetGuard.decodeQueryParameters(parameters, new StringBuilder());
        assertSame(values, parameters.get("arch"));
    }

    @Test
    void aBrokenEscapeInTheQueryIsRefused() {
        Map<String, Deque<String>> parameters = new TreeMap<>();
        parameters.put("q", new ArrayDeque<>(List.of("%zz")));
        assertThrows(IllegalArgumentException.class, () -> RequestTargetGuard.decodeQueryParameters(parameters, new StringBuilder()));
        assertEquals("%zz", parameters.get("q").getFirst());
    }
}

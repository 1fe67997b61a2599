package org.selene.device.api;

import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpstreamAnswersTest {

    /** A UriInfo that knows only its request URI, which is all the query is read from. */
    private static UriInfo request(String uri) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class}, (proxy, method, args) -> {
            if (method.getName().equals("getRequestUri")) {
                return URI.create(uri);
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void theDevicesOrderRepeatedNamesAndDecodingAreKept() {
        assertEquals(List.of(Map.entry("units", "metric"), Map.entry("q", "São Paulo"), Map.entry("lang", "pt"), Map.entry("q", "a&b=c"),
                        Map.entry("flag", ""), Map.entry("space", "x y")),
                UpstreamAnswers.query(request("http://h/v1/owm/weather?units=metric&q=S%C3%A3o%20Paulo&lang=pt&q=a%26b%3Dc&flag&&space=x+y")));
    }

    @Test
    void noQueryIsAnEmptyList() {
        assertEquals(List.of(), UpstreamAnswers.query(request("http://h/v1/owm/weather")));
        assertEquals(List.of(), UpstreamAnswers.query(request("http://h/v1/owm/weather?")));
    }
}

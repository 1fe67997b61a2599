package org.selene.web.http;

import java.util.HashMap;
import java.util.Map;

/** The Jersey properties every API application of the EAR runs with. */
public final class ApiProperties {

    private ApiProperties() {
    }

    /**
     * No WADL: Jersey would otherwise answer any OPTIONS request with an XML description of the
     * whole API, to anyone.
     */
    public static Map<String, Object> common(Map<String, Object> specific) {
        Map<String, Object> properties = new HashMap<>(specific);
        properties.put("jersey.config.server.wadl.disableWadl", true);
        return Map.copyOf(properties);
    }
}

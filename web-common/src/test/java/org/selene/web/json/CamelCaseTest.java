package org.selene.web.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CamelCaseTest {

    @Test
    void keysFollowSelenesRule() {
        assertEquals("feelsLike", CamelCase.key("feels_like"));
        assertEquals("dstOffset", CamelCase.key("dst_offset"));
        assertEquals("a1_2", CamelCase.key("a1_2"));
        assertEquals("@type", CamelCase.key("@type"));
        assertEquals("3h", CamelCase.key("3h"));
        assertEquals("ALREADY_UPPER", CamelCase.key("ALREADY_UPPER"));
        assertEquals("windSpeedMax", CamelCase.key("wind_speed_max"));
    }

    @Test
    void rekeysNestedObjectsInsideArraysButNotValues() {
        JsonObject in = Json.createReader(new StringReader(
                "{\"list\":[{\"main\":{\"feels_like\":1.5,\"temp_min\":\"snake_value\"}}],\"city_name\":null}")).readObject();
        assertEquals("{\"list\":[{\"main\":{\"feelsLike\":1.5,\"tempMin\":\"snake_value\"}}],\"cityName\":null}",
                CamelCase.rekey(in).toString());
    }
}

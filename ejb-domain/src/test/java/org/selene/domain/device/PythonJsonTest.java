package org.selene.domain.device;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonJsonTest {

    @Test
    void writesWhatPythonsSortedDumpsWrites() {
        // python3 -c 'import json; print(json.dumps({"voice": "ap", "module": "mimic", "x": [1, True, None], "é": "ü"}, sort_keys=True))'
        var value = Json.createReader(new StringReader("{\"voice\":\"ap\",\"module\":\"mimic\",\"x\":[1,true,null],\"é\":\"ü\"}")).readObject();
        assertEquals("{\"module\": \"mimic\", \"voice\": \"ap\", \"x\": [1, true, null], \"\\u00e9\": \"\\u00fc\"}", PythonJson.dumps(value));
        // hashlib.md5(json.dumps({}, sort_keys=True).encode()).hexdigest()
        assertEquals("99914b932bd37a50b983c5e7c90ae93b", PythonJson.md5(Json.createObjectBuilder().build()));
    }
}

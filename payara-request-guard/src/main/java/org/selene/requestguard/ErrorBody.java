package org.selene.requestguard;

import java.nio.charset.StandardCharsets;

/** The application's error shape, {"error": message}, for the answers the guard gives in its place. */
final class ErrorBody {

    private ErrorBody() {
    }

    static byte[] json(String message) {
        return ("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

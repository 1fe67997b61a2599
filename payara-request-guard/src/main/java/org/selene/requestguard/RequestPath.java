package org.selene.requestguard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The request paths Payara's Catalina adapter refuses to decode, and why, so that the refusal can be
 * answered in words before the adapter answers it with an empty body. The rules are the adapter's:
 * percent escapes must be complete and decode to UTF-8; the decoded path may hold neither a NUL nor a
 * backslash, and its dot segments may not climb above the root. Anything else is left to the
 * container and the applications (an unknown path gets their JSON 404).
 */
final class RequestPath {

    private RequestPath() {
    }

    /** What is wrong with a raw (undecoded) request path, or empty when the container may have it. */
    static Optional<String> problem(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty(); // "*" and absolute forms are the container's to judge
        }
        if (plain(rawPath)) {
            return Optional.empty(); // nearly every request: nothing to decode, no dot segment
        }
        byte[] decoded = new byte[rawPath.length()];
        int length = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int high = i + 1 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int low = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return Optional.of("malformed request path: '%' must be followed by two hexadecimal digits");
                }
                decoded[length++] = (byte) (high << 4 | low);
                i += 2;
            } else {
                decoded[length++] = (byte) c; // the request line arrives as ISO-8859-1: one char per byte
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("malformed request path: it does not decode to UTF-8");
        }
        if (path.indexOf('\0') >= 0) {
            return Optional.of("malformed request path: it contains a NUL character");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("malformed request path: it contains a backslash");
        }
        return climbsAboveRoot(path) ? Optional.of("malformed request path: its '..' segments climb above the root") : Optional.empty();
    }

    /** Only characters that decode to themselves, and no '.' that could start a dot segment. */
    private static boolean plain(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' || c == '\\' || c == '.' || c == '\0' || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean climbsAboveRoot(String path) {
        int depth = 0;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..")) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }
}

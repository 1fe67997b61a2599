package org.selene.requestguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/x/%zz", "/v1/%", "/v1/%2", "/v1/x%u0041", "/v1/x%0"})
    void aBrokenEscapeIsRefused(String path) {
        assertEquals(Optional.of("malformed request path: '%' must be followed by two hexadecimal digits"), RequestPath.problem(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/x%c3%28", "/v1/%ff", "/v1/%C0%AF"})
    void anEscapeThatIsNotUtf8IsRefused(String path) {
        assertEquals(Optional.of("malformed request path: it does not decode to UTF-8"), RequestPath.problem(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/x%00", "/v1/device/x/setting%00"})
    void aNulIsRefused(String path) {
        assertEquals(Optional.of("malformed request path: it contains a NUL character"), RequestPath.problem(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/x%5Cy", "/v1/x\\y"})
    void aBackslashIsRefused(String path) {
        assertEquals(Optional.of("malformed request path: it contains a backslash"), RequestPath.problem(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/../../etc/passwd", "/../x", "/v1/%2e%2e/%2e%2e/x", "/v1/x%2F..%2F..%2F..%2Fy", "/..", "/v1//../../x"})
    void dotSegmentsAboveTheRootAreRefused(String path) {
        assertEquals(Optional.of("malformed request path: its '..' segments climb above the root"), RequestPath.problem(path));
    }

    /** Paths the container resolves itself: the applications answer them (their JSON 404 at worst). */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/v1/device/code", "/v1/a/../b", "/v1/./x", "/v1//x", "/v1/..", "/v1/x%2Fy", "/v1/x%25",
            "/v1/caf%C3%A9", "/v1/device/..%2F..%2Fetc%2Fpasswd/setting", "/v1/x%2e%2e/%2e%2e/%2e%2e/y", "/v1/x..", "/v1/..x"})
    void pathsTheContainerResolvesPass(String path) {
        assertTrue(RequestPath.problem(path).isEmpty(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "http://host/v1/%zz", ""})
    void requestTargetsThatAreNotPathsAreTheContainers(String target) {
        assertTrue(RequestPath.problem(target).isEmpty());
    }

    @Test
    void aMissingTargetIsTheContainers() {
        assertTrue(RequestPath.problem(null).isEmpty());
    }
}

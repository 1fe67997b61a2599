package org.selene.device.api;

/**
 * How the routes that wait on a third-party upstream are guarded (MicroProfile Fault Tolerance on
 * each route): at most this many concurrent calls per upstream, more are refused with 503 at once,
 * so a slow upstream cannot take the server's request threads; a circuit breaker answers 503
 * without calling an upstream that keeps failing (UpstreamFailure: 5xx, unreachable, too slow).
 */
final class UpstreamGuard {

    static final int CONCURRENT_CALLS = 10;

    private UpstreamGuard() {
    }
}

package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.selene.domain.upstream.UpstreamFailure;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The guards of the routes that wait on a third-party upstream (MicroProfile Fault Tolerance, one
 * bulkhead and circuit breaker per upstream, held by this application-scoped bean so their state
 * is shared by all requests): at most CONCURRENT_CALLS calls at once, more are refused with 503
 * at once, so a slow upstream cannot take the server's request threads; after repeated
 * UpstreamFailures (5xx, unreachable, too slow) the upstream is left alone for a few seconds (503).
 */
@ApplicationScoped
public class UpstreamGuard {

    static final int CONCURRENT_CALLS = 10;

    @Bulkhead(CONCURRENT_CALLS)
    @CircuitBreaker(failOn = UpstreamFailure.class, requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T weather(Supplier<T> call) {
        return call.get();
    }

    @Bulkhead(CONCURRENT_CALLS)
    @CircuitBreaker(failOn = UpstreamFailure.class, requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T wolframAlpha(Supplier<T> call) {
        return call.get();
    }

    @Bulkhead(CONCURRENT_CALLS)
    @CircuitBreaker(failOn = UpstreamFailure.class, requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T speech(Supplier<T> call) {
        return call.get();
    }
}

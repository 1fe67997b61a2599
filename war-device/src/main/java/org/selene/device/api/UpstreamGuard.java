package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The guards of the routes that wait on a third-party upstream (MicroProfile Fault Tolerance, one
 * bulkhead per upstream, held by this application-scoped bean so its state is shared by all
 * requests): at most CONCURRENT_CALLS calls at once, more are refused with 503 at once, so a slow
 * upstream cannot take the server's request threads; the upstream client's own connect and read
 * timeouts end each call. No circuit breaker: Payara 6.2025.9's @CircuitBreaker never opened here,
 * whatever failOn, with or without @Timeout (48 failing calls in a row all reached the upstream).
 */
@ApplicationScoped
public class UpstreamGuard {

    static final int CONCURRENT_CALLS = 10;

    @Bulkhead(CONCURRENT_CALLS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T weather(Supplier<T> call) {
        return call.get();
    }

    @Bulkhead(CONCURRENT_CALLS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T wolframAlpha(Supplier<T> call) {
        return call.get();
    }

    @Bulkhead(CONCURRENT_CALLS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T speech(Supplier<T> call) {
        return call.get();
    }

    @Bulkhead(CONCURRENT_CALLS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public <T> T oauth(Supplier<T> call) {
        return call.get();
    }
}

package org.selene.device.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import org.selene.domain.shared.DomainException;


import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Where the routes that wait on a third party (weather, Wolfram Alpha, speech, skill OAuth) do
 * their waiting: on this executor, with the request suspended, so the server's few request
 * threads keep serving devices while an upstream takes seconds. The answer is computed with
 * UpstreamGuard in hand, whose bulkheads still bound each upstream; this pool only has to hold all
 * of them at once.
 */
@ManagedExecutorDefinition(name = UpstreamExecutor.NAME, maxAsync = UpstreamExecutor.THREADS)
@ApplicationScoped
public class UpstreamExecutor {

    static final String NAME = "java:app/concurrent/upstreams";
    static final int THREADS = 4 * UpstreamGuard.CONCURRENT_CALLS + 8;

    @Resource(lookup = NAME)
    ManagedExecutorService executor;

    @Inject
    UpstreamGuard guard;

    /** Resumes the suspended request with the answer, or with the exception for the mappers. */
    public void answer(AsyncResponse response, Function<UpstreamGuard, ?> answer) {
        try {
            executor.execute(() -> {
                try {
                    response.resume(answer.apply(guard));
                } catch (Throwable e) {
                    // whatever went wrong, the suspended request gets its answer (the mappers' JSON)
                    response.resume(e);
                }
            });
        } catch (RejectedExecutionException e) {
            response.resume(new DomainException(503, "the server is busy, try again"));
        }
    }
}

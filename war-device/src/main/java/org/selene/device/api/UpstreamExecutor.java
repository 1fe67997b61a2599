package org.selene.device.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.AsyncResponse;
import org.selene.domain.shared.DomainException;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Where the routes that wait on a third party (weather, Wolfram Alpha, speech, skill OAuth) do
 * their waiting: on this executor, with the request suspended, so the server's few request
 * threads keep serving devices while an upstream takes seconds. UpstreamGuard's bulkheads still
 * bound each upstream; this pool only has to hold all of them at once.
 */
@ManagedExecutorDefinition(name = UpstreamExecutor.NAME, maxAsync = UpstreamExecutor.THREADS)
@ApplicationScoped
public class UpstreamExecutor {

    static final String NAME = "java:app/concurrent/upstreams";
    static final int THREADS = 4 * UpstreamGuard.CONCURRENT_CALLS + 8;

    @Resource(lookup = NAME)
    ManagedExecutorService executor;

    /** Resumes the suspended request with the answer, or with the exception for the mappers. */
    public void answer(AsyncResponse response, Supplier<?> answer) {
        try {
            executor.execute(() -> {
                try {
                    response.resume(answer.get());
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

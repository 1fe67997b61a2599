package org.selene.domain.upstream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The one HTTP client for third-party upstreams, with connect and read timeouts. A 5xx or no
 * answer is an {@link UpstreamFailure}, a refusal (4xx) a JSON error with its status; any other
 * answer is returned as it is. The device routes that call an upstream carry its bulkhead
 * (MicroProfile Fault Tolerance did not apply to this EJB module's beans).
 */
@ApplicationScoped
public class UpstreamHttp {

    private static final Logger LOG = Logger.getLogger(UpstreamHttp.class.getName());

    private HttpClient client;
    private Duration readTimeout;

    @Inject
    @ConfigProperty(name = "SELENE_UPSTREAM_TIMEOUT_SECONDS", defaultValue = "10")
    int seconds;

    @PostConstruct
    void createClient() {
        readTimeout = Duration.ofSeconds(seconds);
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.min(seconds, 5)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public UpstreamReply exchange(String service, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warning(service + " upstream timed out");
            throw new UpstreamFailure(service + " did not answer in time");
        } catch (IOException e) {
            LOG.warning(service + " upstream unreachable: " + e.getClass().getSimpleName());
            throw new UpstreamFailure(service + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure(service + " did not answer in time");
        }
        if (response.statusCode() >= 500) {
            LOG.warning(service + " upstream failed with " + response.statusCode());
            throw new UpstreamFailure(service + " failed (upstream status " + response.statusCode() + ")");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        return Upstream.refusedUnlessOk(service, new UpstreamReply(response.statusCode(), contentType, response.body()));
    }
}

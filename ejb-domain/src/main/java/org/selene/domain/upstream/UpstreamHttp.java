package org.selene.domain.upstream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.selene.domain.shared.DomainException;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * The one HTTP client for third-party upstreams, with connect and read timeouts. Each upstream has
 * its own guarded method, so its bulkhead and circuit breaker are its own: a slow or failing
 * upstream holds at most a few request threads and cannot take the others down with it.
 * A 5xx or no answer is a failure (502); any other answer is returned as it is.
 */
@ApplicationScoped
public class UpstreamHttp {

    private static final Logger LOG = Logger.getLogger(UpstreamHttp.class.getName());

    private HttpClient client;
    private Duration readTimeout;

    @PostConstruct
    void createClient() {
        int seconds = ConfigProvider.getConfig(UpstreamHttp.class.getClassLoader())
                .getOptionalValue("SELENE_UPSTREAM_TIMEOUT_SECONDS", Integer.class).orElse(10);
        readTimeout = Duration.ofSeconds(seconds);
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.min(seconds, 5)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public UpstreamReply weather(HttpRequest.Builder request) {
        return exchange("OpenWeatherMap", request);
    }

    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public UpstreamReply wolframAlpha(HttpRequest.Builder request) {
        return exchange("Wolfram Alpha", request);
    }

    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = BulkheadException.class)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public UpstreamReply speech(HttpRequest.Builder request) {
        return exchange("speech recognition", request);
    }

    private UpstreamReply exchange(String service, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warning(service + " upstream timed out");
            throw new DomainException(502, service + " did not answer in time");
        } catch (IOException e) {
            LOG.warning(service + " upstream unreachable: " + e.getClass().getSimpleName());
            throw new DomainException(502, service + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(502, service + " did not answer in time");
        }
        if (response.statusCode() >= 500) {
            LOG.warning(service + " upstream failed with " + response.statusCode());
            throw new DomainException(502, service + " failed (upstream status " + response.statusCode() + ")");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        return new UpstreamReply(response.statusCode(), contentType, response.body());
    }
}

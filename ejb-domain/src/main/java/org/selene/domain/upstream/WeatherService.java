package org.selene.domain.upstream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.metric.CoreMetricService;
import org.selene.domain.shared.DomainException;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The OpenWeatherMap proxy (OWM_URL, OWM_KEY). Identical queries are answered from a JCache
 * (UpstreamCache, SELENE_OWM_CACHE_SECONDS, ten minutes) to spare the upstream quota; no database transaction is held while upstream works.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WeatherService {

    static final String SERVICE = "weather";
    /** OWM paths such as "onecall" or "forecast/daily"; nothing that could leave OWM_URL. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");

    @Inject
    UpstreamHttp http;

    @Inject
    CoreMetricService metrics;

    @Inject
    @ConfigProperty(name = "OWM_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "OWM_KEY")
    Optional<String> key;

    @Inject
    UpstreamCache cache;

    /** A path that stays below OWM_URL: segments of letters, digits, '_', '-' and '.', never "..". */
    public static void requireUpstreamPath(String path) {
        if (!PATH.matcher(path).matches() || path.contains("..")) {
            throw DomainException.badRequest("not an OpenWeatherMap path: " + path);
        }
    }

    /** The upstream answer for OWM_URL/{path}?{query}&APPID=key (query in the device's order). */
    public UpstreamReply weather(UUID deviceId, String path, List<Map.Entry<String, String>> query) {
        String base = Upstream.required(url, "OWM_URL", SERVICE);
        String appId = Upstream.required(key, "OWM_KEY", SERVICE);
        requireUpstreamPath(path);
        List<Map.Entry<String, String>> upstreamQuery = new ArrayList<>(query.stream().filter(p -> !p.getKey().equalsIgnoreCase("APPID")).toList());
        String cacheKey = "owm:" + path + "?" + upstreamQuery;
        UpstreamReply reply = cache.get(cacheKey);
        if (reply == null) {
            upstreamQuery.add(Map.entry("APPID", appId));
            HttpRequest.Builder request = HttpRequest.newBuilder(Upstream.uri(base, path, upstreamQuery)).GET().header("Accept", "application/json");
            reply = http.exchange(SERVICE, request);
            if (reply.ok()) {
                cache.put(cacheKey, reply);
            }
        }
        metrics.trackAccountActivity(deviceId);
        return reply;
    }
}

package org.selene.domain.upstream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.metric.CoreMetricService;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The Wolfram Alpha proxies of docs/device-api.md §6.23 (WOLFRAM_ALPHA_URL, WOLFRAM_ALPHA_KEY). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WolframAlphaService {

    static final String SERVICE = "Wolfram Alpha";

    /** The four APIs: the upstream path, extra parameters, and whether the call counts as account activity. */
    public enum Api {
        QUERY("v2/query", List.of(), true),
        FULL("v2/query", List.of(Map.entry("output", "json")), true),
        SIMPLE("v1/simple", List.of(), false),
        SPOKEN("v1/spoken", List.of(), false);

        final String path;
        final List<Map.Entry<String, String>> extra;
        final boolean tracked;

        Api(String path, List<Map.Entry<String, String>> extra, boolean tracked) {
            this.path = path;
            this.extra = extra;
            this.tracked = tracked;
        }
    }

    @Inject
    UpstreamHttp http;

    @Inject
    CoreMetricService metrics;

    @Inject
    @ConfigProperty(name = "WOLFRAM_ALPHA_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "WOLFRAM_ALPHA_KEY")
    Optional<String> key;

    /** Forwards the device's parameters plus the key; the answer comes back unchanged. */
    public UpstreamReply ask(UUID deviceId, Api api, List<Map.Entry<String, String>> query) {
        String base = Upstream.required(url, "WOLFRAM_ALPHA_URL", SERVICE);
        String appId = Upstream.required(key, "WOLFRAM_ALPHA_KEY", SERVICE);
        List<Map.Entry<String, String>> upstreamQuery = new ArrayList<>();
        upstreamQuery.add(Map.entry("appid", appId));
        query.stream().filter(p -> !p.getKey().equalsIgnoreCase("appid") && api.extra.stream().noneMatch(e -> e.getKey().equals(p.getKey())))
                .forEach(upstreamQuery::add);
        upstreamQuery.addAll(api.extra);
        HttpRequest.Builder request = HttpRequest.newBuilder(Upstream.uri(base, api.path, upstreamQuery)).GET();
        UpstreamReply reply = http.exchange(SERVICE, request);
        if (api.tracked) {
            metrics.trackAccountActivity(deviceId);
        }
        return reply;
    }
}

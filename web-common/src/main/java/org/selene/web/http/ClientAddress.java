package org.selene.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request came from, the key of the limits per client address. X-Forwarded-For
 * counts only when the direct peer is a configured proxy (TRUSTED_PROXIES): otherwise anyone could
 * pose as a victim's address, or dodge a limit by writing a new one on each request.
 */
@ApplicationScoped
public class ClientAddress {

    /** One forwarded scheme, one forwarded host[:port] (an IPv6 literal in brackets): never several hops or a path. */
    private static final Pattern FORWARDED_PROTO = Pattern.compile("(?i)https?");
    private static final Pattern FORWARDED_HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?");

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES")
    Optional<String> trustedProxies;

    @Inject
    HttpServletRequest request;

    private List<String> trusted;

    @PostConstruct
    void readTrustedProxies() {
        trusted = trustedProxies.map(p -> Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    public String current() {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    /**
     * The base URI as the client used it: with the scheme and host a trusted proxy forwarded
     * (X-Forwarded-Proto, X-Forwarded-Host; a TLS-terminating proxy), else the request's own. For
     * an address the server hands out to be opened from outside (an OAuth redirect URI).
     */
    public URI publicBase(URI requestBase) {
        if (!trusted.contains(request.getRemoteAddr())) {
            return requestBase;
        }
        return forwardedBase(requestBase, request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"));
    }

    /** A forwarded scheme or host that is not one (several hops, odd characters) is ignored. */
    static URI forwardedBase(URI requestBase, String proto, String host) {
        String scheme = proto != null && FORWARDED_PROTO.matcher(proto.trim()).matches() ? proto.trim().toLowerCase(java.util.Locale.ROOT) : requestBase.getScheme();
        String authority = host != null && FORWARDED_HOST.matcher(host.trim()).matches() ? host.trim() : requestBase.getRawAuthority();
        return URI.create(scheme + "://" + authority + requestBase.getRawPath());
    }

    /** The right-most forwarded address, the one the trusted proxy saw. */
    static String resolve(String peer, String forwardedFor, List<String> trusted) {
        if (forwardedFor == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].trim();
        return last.isEmpty() || last.length() > 64 ? peer : last;
    }
}

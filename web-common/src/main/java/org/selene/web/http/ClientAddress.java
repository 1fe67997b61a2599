package org.selene.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, the key of the limits per client address. X-Forwarded-For
 * counts only when the direct peer is a configured proxy (TRUSTED_PROXIES): otherwise anyone could
 * pose as a victim's address, or dodge a limit by writing a new one on each request.
 */
@ApplicationScoped
public class ClientAddress {

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

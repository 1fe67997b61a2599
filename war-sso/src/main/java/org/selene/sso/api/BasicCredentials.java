package org.selene.sso.api;

import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

/** The sso app's login header: Basic base64(email ":||:" password). */
record BasicCredentials(String email, String password) {

    static final String SEPARATOR = ":||:";

    static BasicCredentials parse(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw DomainException.unauthorized("no credentials provided");
        }
        String[] scheme = authorization.trim().split("\\s+", 2);
        if (scheme.length != 2 || !scheme[0].equalsIgnoreCase("Basic")) {
            throw DomainException.badRequest("Authorization: expected Basic credentials");
        }
        String decoded = JsonBody.base64Text(scheme[1], "Authorization");
        int separator = decoded.indexOf(SEPARATOR);
        if (separator <= 0 || separator + SEPARATOR.length() >= decoded.length()) {
            throw DomainException.badRequest("Authorization: expected base64(email:||:password)");
        }
        return new BasicCredentials(decoded.substring(0, separator), decoded.substring(separator + SEPARATOR.length()));
    }
}

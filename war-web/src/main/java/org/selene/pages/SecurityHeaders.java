package org.selene.pages;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers of every answer of the pages. The pages' Content-Security-Policy comes from PrimeFaces
 * (primefaces.CSP_POLICY in web.xml, with a fresh script nonce per page); answers that Faces does
 * not render (error pages, redirects) get the strict one here.
 */
final class SecurityHeaders {

    static final String STRICT_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void always(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    static void strictPolicy(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", STRICT_POLICY);
    }
}

package org.selene.sso.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** CORS as Selene's sso API (docs/web-apis.md §1.4): every response, errors included. */
@Provider
@ApplicationScoped
public class SsoCorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            response.getHeaders().putSingle("Access-Control-Allow-Methods", "DELETE, GET, POST, PUT");
            String requested = request.getHeaderString("Access-Control-Request-Headers");
            if (requested != null) {
                response.getHeaders().putSingle("Access-Control-Allow-Headers", requested);
            }
        }
    }
}

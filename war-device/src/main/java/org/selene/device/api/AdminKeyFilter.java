package org.selene.device.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.selene.domain.admin.AdminKeyService;
import org.selene.web.error.ErrorResponses;
import org.selene.web.http.ClientAddress;

/**
 * The admin key of every @AdminAuthenticated route. A wrong or missing key is 401 JSON (the
 * personal backend answered HTML with a Basic challenge), repeated failures 429 with Retry-After.
 */
@Provider
@AdminAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AdminKeyFilter implements ContainerRequestFilter {

    @EJB
    AdminKeyService adminKey;

    @Inject
    ClientAddress client;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        try {
            adminKey.authenticate(presented, client.current());
        } catch (RuntimeException refused) {
            request.abortWith(ErrorResponses.forThrowable(refused));
        }
    }
}

package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceLogin;
import org.selene.domain.device.DeviceSessionService;
import org.selene.domain.shared.DomainException;

import java.util.Optional;
import java.util.UUID;

/** GET /v1/auth/token: a new login for the same device, authenticated by the token being replaced. */
@Path("auth/token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    DeviceSessionService sessions;

    @GET
    public JsonObject refresh(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("Device") String device) {
        if (authorization == null) {
            throw DomainException.unauthorized("Oauth token not found");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw DomainException.unauthorized("device not authorized");
        }
        String token = authorization.substring(7).trim();
        Optional<DeviceLogin> login = sessions.refresh(token);
        if (login.isEmpty() && device != null) {
            login = parseUuid(device).flatMap(id -> sessions.refreshWithAccessToken(token, id));
        }
        return DeviceLogins.toJson(login.orElseThrow(() -> DomainException.unauthorized("device not authorized")));
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.device.ServerDefaults;
import org.selene.domain.shared.DomainException;

import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * GET /admin/config: the server's configuration in the personal backend 0.2.0's shape, as
 * ovos-backend-manager reads it. Secrets are never shown: the admin key and upstream keys appear as
 * "***" when set (the personal backend answered its own admin_key in clear). The configuration comes
 * from environment variables, so POST cannot change it and says so.
 */
@Path("admin/config")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminConfigResource {

    static final String HIDDEN = "***";

    @Inject
    ServerDefaults defaults;

    @Inject
    @ConfigProperty(name = "SELENE_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "WOLFRAM_ALPHA_KEY")
    Optional<String> wolframKey;

    @Inject
    @ConfigProperty(name = "OWM_KEY")
    Optional<String> owmKey;

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_HOST")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_USER")
    Optional<String> smtpUser;

    @GET
    public JsonObject config() {
        ServerDefaults.Preferences preferences = defaults.preferences();
        JsonObjectBuilder smtp = JSON.createObjectBuilder().add("host", smtpHost.orElse("")).add("username", smtpUser.isPresent() ? HIDDEN : "")
                .add("password", HIDDEN);
        return JSON.createObjectBuilder()
                .add("server", JSON.createObjectBuilder()
                        .add("port", java.net.URI.create(baseUrl.trim()).getPort())
                        .add("version", "v1")
                        .add("admin_key", HIDDEN)
                        .add("skip_auth", false)
                        .add("geolocate", false)
                        .add("override_location", defaults.overridesLocation()))
                .add("lang", preferences.lang().orElse("en-us"))
                .add("date_format", preferences.dateFormat())
                .add("time_format", preferences.timeFormat())
                .add("system_unit", preferences.systemUnit())
                .add("location", DeviceWire.location(defaults.location()))
                .add("default_values", JSON.createObjectBuilder().addNull("voice_id").addNull("ww_id"))
                .add("microservices", JSON.createObjectBuilder()
                        .add("wolfram_key", secret(wolframKey))
                        .add("owm_key", secret(owmKey))
                        .add("email", JSON.createObjectBuilder().add("recipient", "").add("smtp", smtp)))
                .build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public JsonObject update(String body) {
        throw new DomainException(405, "the configuration comes from environment variables (SELENE_*, see the README); change them and restart");
    }

    private static String secret(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent() ? HIDDEN : "";
    }
}

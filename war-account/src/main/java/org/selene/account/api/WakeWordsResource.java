package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.DeviceManagementService;
import org.selene.web.session.AccountAuthenticated;

import static org.selene.domain.shared.JsonText.JSON;

/** The wake words everyone may choose (name as stored, not title-cased, as Selene). */
@Path("wake-words")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WakeWordsResource {

    @Inject
    DeviceManagementService devices;

    @GET
    public JsonArray wakeWords() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        devices.wakeWords().forEach(w -> out.add(AccountWire.choice(w.getId(), w.getName(), false)));
        return out.build();
    }
}

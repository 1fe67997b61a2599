package org.selene.device.api;

import jakarta.json.JsonObject;
import org.selene.domain.device.DeviceLogin;

import static org.selene.domain.shared.JsonText.JSON;

/** The login object of activation and refresh, keys sorted as Selene sends them. */
final class DeviceLogins {

    private DeviceLogins() {
    }

    static JsonObject toJson(DeviceLogin login) {
        return JSON.createObjectBuilder()
                .add("accessToken", login.accessToken())
                .add("expiration", login.expiration())
                .add("refreshToken", login.refreshToken())
                .add("uuid", login.uuid().toString())
                .build();
    }
}

package org.selene.device.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.selene.domain.device.DeviceLogin;

/** The login object of activation and refresh, keys sorted as Selene sends them. */
final class DeviceLogins {

    private DeviceLogins() {
    }

    static JsonObject toJson(DeviceLogin login) {
        return Json.createObjectBuilder()
                .add("accessToken", login.accessToken())
                .add("expiration", login.expiration())
                .add("refreshToken", login.refreshToken())
                .add("uuid", login.uuid().toString())
                .build();
    }
}

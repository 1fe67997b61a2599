package org.selene.domain.device;

import java.util.UUID;

/** The per-device ETags devices revalidate with, keyed as Selene keyed them in Redis. */
public enum EtagKind {
    DEVICE("device.etag:"),
    SETTING("device.setting.etag:"),
    LOCATION("device.location.etag:"),
    SKILL("device.skill.etag:");

    private final String prefix;

    EtagKind(String prefix) {
        this.prefix = prefix;
    }

    public String key(UUID deviceId) {
        return prefix + deviceId;
    }

    String prefix() {
        return prefix;
    }
}

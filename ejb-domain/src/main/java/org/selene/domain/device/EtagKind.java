package org.selene.domain.device;

import java.util.UUID;

/** The per-device ETags devices revalidate with, keyed as Selene keyed them in Redis. */
public enum EtagKind {
    /** Selene keeps this ETag when a device reports its versions, so its body may change under it. */
    DEVICE("device.etag:", false),
    SETTING("device.setting.etag:", true),
    LOCATION("device.location.etag:", true),
    SKILL("device.skill.etag:", true);

    private final String prefix;
    private final boolean changesWithItsData;

    EtagKind(String prefix, boolean changesWithItsData) {
        this.prefix = prefix;
        this.changesWithItsData = changesWithItsData;
    }

    /** Whether every change of the data replaces the ETag, so a body can be cached under it. */
    public boolean changesWithItsData() {
        return changesWithItsData;
    }

    public String key(UUID deviceId) {
        return prefix + deviceId;
    }

    String prefix() {
        return prefix;
    }
}

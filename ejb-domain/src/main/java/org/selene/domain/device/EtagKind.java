package org.selene.domain.device;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The per-device ETags devices revalidate with, keyed as Selene keyed them in Redis, and the
 * internal ones that only key cached bodies of routes whose public ETag (or lack of one) does not
 * change with every change of their data.
 */
public enum EtagKind {
    /**
     * Selene keeps this ETag when a device reports its versions, so its body may change under it:
     * the body is cached under {@link #DEVICE_RECORD} instead.
     */
    DEVICE("device.etag:", false),
    SETTING("device.setting.etag:", true),
    LOCATION("device.location.etag:", true),
    SKILL("device.skill.etag:", true),
    /** Never sent: replaced with {@link #DEVICE} and on every version report (GET /device's body). */
    DEVICE_RECORD("device.record.etag:", true),
    /** Never sent (Selene's /subscription and /voice have no ETag): the owner's active membership. */
    SUBSCRIPTION("device.subscription.etag:", true);

    private final String prefix;
    private final boolean changesWithItsData;

    EtagKind(String prefix, boolean changesWithItsData) {
        this.prefix = prefix;
        this.changesWithItsData = changesWithItsData;
    }

    /** The kind under whose ETag a body served with this one is cached: one that every change of the data replaces. */
    public EtagKind bodyVersion() {
        return changesWithItsData ? this : DEVICE_RECORD;
    }

    /** What expiring these kinds replaces: each, and the kind their bodies are cached under. */
    static List<EtagKind> withBodyVersions(EtagKind... kinds) {
        return Arrays.stream(kinds).flatMap(k -> Stream.of(k, k.bodyVersion())).distinct().toList();
    }

    public String key(UUID deviceId) {
        return prefix + deviceId;
    }

    String prefix() {
        return prefix;
    }
}

package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A code a device speaks while it waits to be paired (Selene's pairing.code / pairing.token Redis
 * keys). The pairing token that the device polls with is kept only as a hash.
 */
@Entity
@Table(schema = "device", name = "pairing_code")
public class PairingCode {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(name = "pairing_token_hash", nullable = false, unique = true)
    private String pairingTokenHash;
    @Column(nullable = false)
    private String state;
    private String packaging;
    /** Text, not UUID: EclipseLink 4.0's UUID converter cannot write a null UUID. */
    @Column(name = "device_id")
    private String deviceId;
    @Column(name = "expires_ts", nullable = false)
    private LocalDateTime expires;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    /** Rows are created by PairingService's single INSERT ... ON CONFLICT, never persisted from here. */
    protected PairingCode() {
    }

    boolean isExpired(LocalDateTime now) {
        return !expires.isAfter(now);
    }

    boolean isPaired() {
        return deviceId != null;
    }

    void pairWith(UUID deviceId) {
        this.deviceId = deviceId.toString();
    }

    UUID getId() { return id; }
    public String getCode() { return code; }
    public String getState() { return state; }
    public String getPackaging() { return packaging; }
    public UUID getDeviceId() { return deviceId == null ? null : UUID.fromString(deviceId); }
    public LocalDateTime getExpires() { return expires; }
}

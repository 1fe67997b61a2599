package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/** One login of a device: its access and refresh tokens, stored only as SHA-256 hashes. */
@Entity
@Table(schema = "device", name = "device_session")
public class DeviceSession {

    @Id
    private UUID id;
    @Column(name = "device_id", nullable = false)
    private UUID deviceId;
    @Column(name = "access_token_hash", nullable = false, unique = true)
    private String accessTokenHash;
    @Column(name = "refresh_token_hash", nullable = false, unique = true)
    private String refreshTokenHash;
    @Column(name = "access_expires_ts", nullable = false)
    private LocalDateTime accessExpires;
    @Column(name = "refresh_expires_ts", nullable = false)
    private LocalDateTime refreshExpires;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected DeviceSession() {
    }

    DeviceSession(UUID deviceId, String accessTokenHash, String refreshTokenHash, LocalDateTime now,
                  LocalDateTime accessExpires, LocalDateTime refreshExpires) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.accessTokenHash = accessTokenHash;
        this.refreshTokenHash = refreshTokenHash;
        this.inserted = now;
        this.accessExpires = accessExpires;
        this.refreshExpires = refreshExpires;
    }

    public UUID getDeviceId() { return deviceId; }
    public LocalDateTime getAccessExpires() { return accessExpires; }
    public LocalDateTime getRefreshExpires() { return refreshExpires; }
}

package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selene.domain.shared.NullableUuidConverter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A skill installed on a device, from its manifest, with the device's settings values (device.device_skill). */
@Entity
@Table(schema = "device", name = "device_skill")
public class DeviceSkill {

    static final String DEFAULT_INSTALL_METHOD = "msm";
    static final String DEFAULT_INSTALL_STATUS = "installed";

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;
    @Column(name = "skill_id", nullable = false, updatable = false)
    private UUID skillId;
    /** The manifest's "origin": msm, voice, cli, marketplace, ... */
    @Column(name = "install_method", nullable = false)
    private String installMethod = DEFAULT_INSTALL_METHOD;
    /** The manifest's "installation". */
    @Column(name = "install_status", nullable = false)
    private String installStatus = DEFAULT_INSTALL_STATUS;
    @Column(name = "install_failure_reason")
    private String installFailureReason;
    @Column(name = "install_ts")
    private LocalDateTime installed;
    @Column(name = "update_ts")
    private LocalDateTime updated;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "skill_settings_display_id")
    private UUID skillSettingsDisplayId;
    /** JSON object {field name: value}. */
    @Column(name = "settings")
    private String settings;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected DeviceSkill() {
    }

    public DeviceSkill(UUID deviceId, UUID skillId) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.skillId = skillId;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** What the device's skills manifest says about this skill; blanks keep Selene's defaults. */
    public void recordInstallation(String method, String status, String failureReason,
                                   LocalDateTime installed, LocalDateTime updated) {
        this.installMethod = method == null || method.isBlank() ? DEFAULT_INSTALL_METHOD : method;
        this.installStatus = status == null || status.isBlank() ? DEFAULT_INSTALL_STATUS : status;
        this.installFailureReason = failureReason;
        this.installed = installed;
        this.updated = updated;
    }

    public void applySettings(UUID settingsDisplayId, String settingsJson) {
        this.skillSettingsDisplayId = settingsDisplayId;
        this.settings = settingsJson;
    }

    public UUID getId() { return id; }
    public UUID getDeviceId() { return deviceId; }
    public UUID getSkillId() { return skillId; }
    public String getInstallMethod() { return installMethod; }
    public String getInstallStatus() { return installStatus; }
    public String getInstallFailureReason() { return installFailureReason; }
    public LocalDateTime getInstalled() { return installed; }
    public LocalDateTime getUpdated() { return updated; }
    public UUID getSkillSettingsDisplayId() { return skillSettingsDisplayId; }
    public String getSettings() { return settings; }
    public LocalDateTime getInserted() { return inserted; }
}

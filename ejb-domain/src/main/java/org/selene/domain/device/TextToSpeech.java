package org.selene.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A voice a device can speak with (device.text_to_speech, reference data). Devices get the
 * setting name (module), the web apps show and send the display name.
 */
@Entity
@Table(schema = "device", name = "text_to_speech")
public class TextToSpeech {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "setting_name", nullable = false, unique = true)
    private String settingName;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Convert(converter = TtsEngine.LabelConverter.class)
    @Column(name = "engine", nullable = false)
    private TtsEngine engine;
    @Column(name = "insert_ts", nullable = false, updatable = false)
    private LocalDateTime inserted;

    protected TextToSpeech() {
    }

    public TextToSpeech(String settingName, String displayName, TtsEngine engine) {
        this.id = UUID.randomUUID();
        this.settingName = settingName;
        this.displayName = displayName;
        this.engine = engine;
        this.inserted = LocalDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() { return id; }
    public String getSettingName() { return settingName; }
    public String getDisplayName() { return displayName; }
    public TtsEngine getEngine() { return engine; }
    public LocalDateTime getInserted() { return inserted; }
}

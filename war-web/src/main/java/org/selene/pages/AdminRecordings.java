package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.shared.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Admin: a device's wake words and utterances on its settings page, with a player, a download and deletion. */
@Named("adminRecordings")
@RequestScoped
public class AdminRecordings {

    /** A row of the page's table; {@code audio} is the player's and the download's address. */
    public record Row(String kind, String label, String transcription, LocalDateTime heard, String id, String audio) {
    }

    @EJB
    RecordingService recordings;

    private List<Row> rows;

    public List<Row> rows(String deviceId) {
        if (rows == null) {
            rows = new ArrayList<>();
            UUID device = UUID.fromString(deviceId);
            for (RecordingService.Kind kind : RecordingService.Kind.values()) {
                recordings.list(kind, device).forEach(r -> rows.add(new Row(kind.name(), kind == RecordingService.Kind.WAKE_WORD ? "Wake word" : "Utterance",
                        r.transcription(), LocalDateTime.ofInstant(Instant.ofEpochSecond(r.epochSeconds()), ZoneOffset.UTC), r.id(),
                        "recording-audio?kind=" + kind.name() + "&id=" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8))));
            }
            rows.sort(Comparator.comparing(Row::heard).reversed());
        }
        return rows;
    }

    public String delete(String deviceId, String kind, String id) {
        try {
            if (!recordings.delete(kind(kind).orElseThrow(() -> DomainException.notFound("no such recording")), id)) {
                throw DomainException.notFound("This recording was already deleted.");
            }
        } catch (DomainException e) {
            Pages.refused("recordings", e);
            return null;
        }
        Pages.flash("Recording deleted.");
        return Pages.redirect("/admin/device.xhtml?id=" + deviceId);
    }

    static Optional<RecordingService.Kind> kind(String name) {
        return Arrays.stream(RecordingService.Kind.values()).filter(k -> k.name().equals(name == null ? "" : name.toUpperCase(Locale.ROOT))).findFirst();
    }

    public String when(LocalDateTime time) {
        return DashboardPage.when(time);
    }
}

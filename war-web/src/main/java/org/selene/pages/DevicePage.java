package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.device.AccountDefaultsService;
import org.selene.domain.device.DeviceManagementService;
import org.selene.domain.device.TextToSpeech;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.wakeword.WakeWord;
import org.selene.web.http.ClientAddress;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Adding a device by the code it speaks, editing and removing it: the same DeviceManagementService
 * as the account API's POST/PATCH/DELETE /api/devices.
 */
@Named("devicePage")
@ViewScoped
public class DevicePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DeviceManagementService devices;

    @EJB
    AccountDefaultsService defaults;

    @Inject
    PageCaller caller;

    @Inject
    Places places;

    @Inject
    ClientAddress client;

    private String id;
    private UUID deviceId;
    private String pairingCode;
    private String name;
    private String placement;
    private String location;
    private String wakeWord;
    private String voice;

    /** f:viewAction: an existing device's values, or the account's defaults for a new one. */
    public void load() {
        if (id != null && !id.isBlank()) {
            try {
                deviceId = UUID.fromString(id);
                DeviceManagementService.ManagedDevice d = devices.device(caller.id(), deviceId);
                name = d.device().getName();
                placement = d.device().getPlacement();
                location = Places.label(d.place());
                wakeWord = d.wakeWord() == null ? null : d.wakeWord().getName();
                voice = d.voice() == null ? null : d.voice().getDisplayName();
            } catch (IllegalArgumentException | DomainException e) {
                Pages.notFound();
            }
            return;
        }
        defaults.defaults(caller.id()).ifPresent(d -> {
            location = Places.label(d.place());
            wakeWord = d.wakeWord() == null ? null : d.wakeWord().getName();
            voice = d.voice() == null ? null : d.voice().getDisplayName();
        });
    }

    public String save() {
        try {
            GeographyService.PlaceName place = places.resolve(location);
            DeviceManagementService.DeviceSetup setup = new DeviceManagementService.DeviceSetup(name, placement,
                    place.country(), place.region(), place.city(), place.timezone(), wakeWord, voice);
            if (deviceId == null) {
                devices.pair(caller.id(), pairingCode, setup, client.current());
                Pages.flash("Added " + setup.name() + ". It becomes active the next time it asks for its pairing.");
            } else {
                devices.edit(caller.id(), deviceId, setup);
                Pages.flash("Saved " + setup.name() + ".");
            }
        } catch (DomainException e) {
            Pages.refused("device", e);
            return null;
        }
        return Pages.redirect("/index.xhtml");
    }

    public String remove() {
        try {
            devices.delete(caller.id(), deviceId);
        } catch (DomainException e) {
            Pages.refused("device", e);
            return null;
        }
        Pages.flash("Removed " + name + ".");
        return Pages.redirect("/index.xhtml");
    }

    public boolean isAdding() {
        return deviceId == null;
    }

    public List<String> getWakeWords() {
        return devices.wakeWords().stream().map(WakeWord::getName).distinct().toList();
    }

    public List<String> getVoices() {
        return devices.voices().stream().map(TextToSpeech::getDisplayName).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPairingCode() { return pairingCode; }
    public void setPairingCode(String pairingCode) { this.pairingCode = pairingCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlacement() { return placement; }
    public void setPlacement(String placement) { this.placement = placement; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getWakeWord() { return wakeWord; }
    public void setWakeWord(String wakeWord) { this.wakeWord = wakeWord; }
    public String getVoice() { return voice; }
    public void setVoice(String voice) { this.voice = voice; }
}

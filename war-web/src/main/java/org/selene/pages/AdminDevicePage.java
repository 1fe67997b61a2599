package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.EmailAddress;
import org.selene.domain.device.AdminDeviceService;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceManagementService;
import org.selene.domain.device.DeviceOverrides;
import org.selene.domain.device.DeviceOverridesService;
import org.selene.domain.shared.DomainException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Admin: one device's own settings over its account's (the personal backend's per-device record):
 * the same AdminDeviceService as the admin API's PUT /admin/devices/{uuid}. An empty choice means
 * "as the account", so the override is cleared.
 */
@Named("adminDevice")
@ViewScoped
public class AdminDevicePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<SelectItem> OPT_IN = List.of(new SelectItem("", "As the account"), new SelectItem("true", "Yes"), new SelectItem("false", "No"));
    static final List<SelectItem> DATE_FORMATS = List.of(new SelectItem("", "As the account"), new SelectItem("DMY", "DD/MM/YYYY"), new SelectItem("MDY", "MM/DD/YYYY"));
    static final List<SelectItem> TIME_FORMATS = List.of(new SelectItem("", "As the account"), new SelectItem("full", "24-hour"), new SelectItem("half", "12-hour"));
    static final List<SelectItem> SYSTEM_UNITS = List.of(new SelectItem("", "As the account"), new SelectItem("metric", "Metric"), new SelectItem("imperial", "Imperial"));

    @EJB
    AdminDeviceService admin;

    @EJB
    DeviceOverridesService overrides;

    @EJB
    DeviceManagementService management;

    @Inject
    Places places;

    private String id;
    private UUID deviceId;
    private String name;
    private String placement;
    private boolean isolatedSkills;
    private String optIn;
    private String email;
    private String lang;
    private String dateFormat;
    private String timeFormat;
    private String systemUnit;
    private String location;
    private String placeLabel;
    private boolean locationObject;

    /** f:viewAction: the device's own values; an unknown or malformed id is the 404 page. */
    public void load() {
        try {
            deviceId = UUID.fromString(id == null ? "" : id.trim());
            Device device = admin.existing(deviceId);
            DeviceOverrides own = overrides.of(deviceId);
            name = device.getName();
            placement = device.getPlacement();
            isolatedSkills = admin.isolated(deviceId);
            optIn = own.optIn() == null ? "" : own.optIn().toString();
            email = own.email();
            lang = own.lang();
            dateFormat = own.dateFormat() == null ? "" : own.dateFormat();
            timeFormat = own.timeFormat() == null ? "" : own.timeFormat();
            systemUnit = own.systemUnit() == null ? "" : own.systemUnit();
            placeLabel = Places.label(management.device(device.getAccountId(), deviceId).place());
            location = placeLabel;
            locationObject = own.location() != null;
        } catch (IllegalArgumentException | DomainException e) {
            Pages.notFound();
        }
    }

    public String save() {
        Map<String, Object> values = new HashMap<>();
        values.put("opt_in", optIn == null || optIn.isEmpty() ? null : Boolean.valueOf(optIn));
        values.put("email", blank(email) ? null : EmailAddress.parse(email)
                .orElse(null));
        values.put("lang", blank(lang) ? null : lang.trim());
        values.put("date_format", blank(dateFormat) ? null : dateFormat);
        values.put("time_format", blank(timeFormat) ? null : timeFormat);
        values.put("system_unit", blank(systemUnit) ? null : systemUnit);
        try {
            if (!blank(email) && values.get("email") == null) {
                throw DomainException.badRequest("email: Not a valid e-mail address.");
            }
            admin.edit(deviceId, new AdminDeviceService.Edit(name, placement == null ? "" : placement, isolatedSkills, values));
            if (!blank(location) && !location.equals(placeLabel)) {
                admin.locate(deviceId, places.resolve(location));
            }
        } catch (DomainException e) {
            Pages.refused("deviceSettings", e);
            return null;
        }
        Pages.flash("Saved " + name + ". The device sees it on its next poll.");
        return Pages.redirect("/admin/device.xhtml?id=" + deviceId);
    }

    public String remove() {
        try {
            admin.delete(deviceId);
        } catch (DomainException e) {
            Pages.refused("removal", e);
            return null;
        }
        Pages.flash("Removed " + name + ".");
        return Pages.redirect("/admin/devices.xhtml");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<SelectItem> getOptInChoices() { return OPT_IN; }
    public List<SelectItem> getDateFormats() { return DATE_FORMATS; }
    public List<SelectItem> getTimeFormats() { return TIME_FORMATS; }
    public List<SelectItem> getSystemUnits() { return SYSTEM_UNITS; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlacement() { return placement; }
    public void setPlacement(String placement) { this.placement = placement; }
    public boolean isIsolatedSkills() { return isolatedSkills; }
    public void setIsolatedSkills(boolean isolatedSkills) { this.isolatedSkills = isolatedSkills; }
    public String getOptIn() { return optIn; }
    public void setOptIn(String optIn) { this.optIn = optIn; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
    public String getDateFormat() { return dateFormat; }
    public void setDateFormat(String dateFormat) { this.dateFormat = dateFormat; }
    public String getTimeFormat() { return timeFormat; }
    public void setTimeFormat(String timeFormat) { this.timeFormat = timeFormat; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public boolean isLocationObject() { return locationObject; }
    public String getSystemUnit() { return systemUnit; }
    public void setSystemUnit(String systemUnit) { this.systemUnit = systemUnit; }
}

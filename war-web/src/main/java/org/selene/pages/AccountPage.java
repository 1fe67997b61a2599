package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.account.AccountSessionService;
import org.selene.domain.account.PreferencesService;
import org.selene.domain.device.AccountDefaultsService;
import org.selene.domain.device.DateFormat;
import org.selene.domain.device.MeasurementSystem;
import org.selene.domain.device.TimeFormat;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.shared.DomainException;
import org.selene.web.session.SessionCookies;

import java.io.Serializable;

/**
 * The person's preferences (units, formats, default location), password and the account's
 * deletion: the services behind the account API's /preferences, /defaults, /change-password and DELETE /account.
 */
@Named("accountPage")
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PreferencesService preferences;

    @EJB
    AccountDefaultsService defaults;

    @EJB
    AccountProfileService profiles;

    @EJB
    AccountSessionService sessions;

    @Inject
    PageCaller caller;

    @Inject
    Places places;

    @Inject
    SessionCookies cookies;

    private DateFormat dateFormat = DateFormat.MONTH_DAY_YEAR;
    private TimeFormat timeFormat = TimeFormat.HOUR_12;
    private MeasurementSystem measurementSystem = MeasurementSystem.IMPERIAL;
    private String location;
    private String password;
    private String repeated;
    private boolean deletionConfirmed;
    private Boolean emailVerified;

    /** f:viewAction: what is stored now. */
    public void load() {
        preferences.preferences(caller.id()).ifPresent(p -> {
            dateFormat = p.getDateFormat();
            timeFormat = p.getTimeFormat();
            measurementSystem = p.getMeasurementSystem();
        });
        defaults.defaults(caller.id()).ifPresent(d -> location = Places.label(d.place()));
    }

    public String savePreferences() {
        try {
            preferences.save(caller.id(), dateFormat, timeFormat, measurementSystem);
            var current = defaults.defaults(caller.id());
            String wakeWord = current.map(d -> d.wakeWord() == null ? null : d.wakeWord().getName()).orElse(null);
            String voice = current.map(d -> d.voice() == null ? null : d.voice().getDisplayName()).orElse(null);
            if (location == null || location.isBlank()) {
                defaults.save(caller.id(), null, null, null, null, wakeWord, voice);
            } else {
                GeographyService.PlaceName place = places.resolve(location);
                defaults.save(caller.id(), place.country(), place.region(), place.city(), place.timezone(), wakeWord, voice);
            }
        } catch (DomainException e) {
            Pages.refused("preferences", e);
            return null;
        }
        Pages.flash("Preferences saved: your devices get them on their next update.");
        return Pages.redirect("/account.xhtml");
    }

    public String changePassword() {
        if (password == null || !password.equals(repeated)) {
            Pages.refused("passwordChange", DomainException.badRequest("repeated: The two passwords differ."));
            return null;
        }
        try {
            Pages.setCookies(cookies.of(profiles.changePassword(caller.id(), password)));
        } catch (DomainException e) {
            Pages.refused("passwordChange", e);
            return null;
        }
        Pages.flash("Password changed. Every other session has ended.");
        return Pages.redirect("/account.xhtml");
    }

    public String sendVerification() {
        try {
            if (!profiles.requestVerification(caller.id())) {
                Pages.refused("verification", new DomainException(503, "This server sends no e-mail: ask its operator to verify your address."));
                return null;
            }
        } catch (DomainException e) {
            Pages.refused("verification", e);
            return null;
        }
        Pages.flash("A link to verify your address is on its way.");
        return Pages.redirect("/account.xhtml");
    }

    public boolean isEmailVerified() {
        if (emailVerified == null) {
            emailVerified = profiles.emailVerified(caller.id());
        }
        return emailVerified;
    }

    public String deleteAccount() {
        if (!deletionConfirmed) {
            Pages.refused("deletion", DomainException.badRequest("confirmed: Tick the box to confirm."));
            return null;
        }
        profiles.delete(caller.id());
        Pages.setCookies(cookies.expired());
        Pages.flash("Your account and its devices are deleted.");
        return Pages.redirect("/login.xhtml");
    }

    public DateFormat[] getDateFormats() { return DateFormat.values(); }
    public TimeFormat[] getTimeFormats() { return TimeFormat.values(); }
    public MeasurementSystem[] getMeasurementSystems() { return MeasurementSystem.values(); }

    public DateFormat getDateFormat() { return dateFormat; }
    public void setDateFormat(DateFormat dateFormat) { this.dateFormat = dateFormat; }
    public TimeFormat getTimeFormat() { return timeFormat; }
    public void setTimeFormat(TimeFormat timeFormat) { this.timeFormat = timeFormat; }
    public MeasurementSystem getMeasurementSystem() { return measurementSystem; }
    public void setMeasurementSystem(MeasurementSystem measurementSystem) { this.measurementSystem = measurementSystem; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
    public boolean isDeletionConfirmed() { return deletionConfirmed; }
    public void setDeletionConfirmed(boolean deletionConfirmed) { this.deletionConfirmed = deletionConfirmed; }
}

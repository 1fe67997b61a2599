package org.selene.account.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.selene.web.account.AccountProfileWire;
import org.selene.domain.account.Membership;
import org.selene.domain.device.AccountDefaultsService;
import org.selene.domain.device.AccountPreferences;
import org.selene.domain.device.DeviceManagementService;
import org.selene.domain.device.DeviceStatus;
import org.selene.domain.device.TextToSpeech;
import org.selene.domain.geography.City;
import org.selene.domain.geography.Country;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.geography.Region;
import org.selene.domain.geography.Timezone;
import org.selene.domain.wakeword.WakeWord;

import static org.selene.web.account.AccountProfileWire.add;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.selene.domain.shared.JsonText.JSON;

/** The account API's JSON shapes: camelCase keys in Selene's sorted order, Selene's date formats. */
final class AccountWire {

    static final DateTimeFormatter HTTP_DATE = AccountProfileWire.HTTP_DATE;

    private AccountWire() {
    }

    static JsonObject membership(Membership m) {
        return JSON.createObjectBuilder().add("id", m.getId().toString()).add("rate", m.getRate().doubleValue())
                .add("ratePeriod", m.getRatePeriod()).add("stripePlan", m.getStripePlan()).add("type", m.getType().label()).build();
    }

    static JsonObject preferences(AccountPreferences p) {
        return JSON.createObjectBuilder().add("dateFormat", p.getDateFormat().label()).add("id", p.getId().toString())
                .add("measurementSystem", p.getMeasurementSystem().label()).add("timeFormat", p.getTimeFormat().label()).build();
    }

    static JsonObject defaults(AccountDefaultsService.Defaults d) {
        GeographyService.Place place = d.place();
        return JSON.createObjectBuilder().add("city", city(place.city(), timezoneName(place))).add("country", country(place.country()))
                .add("id", d.row().getId().toString()).add("region", region(place.region())).add("timezone", timezone(place.timezone()))
                .add("voice", voice(d.voice()))
                .add("wakeWord", wakeWord(d.wakeWord()))
                .build();
    }

    static JsonObject device(DeviceManagementService.ManagedDevice m) {
        var d = m.device();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        DeviceStatus status = DeviceStatus.of(d.getLastContact() != null ? d.getLastContact() : d.getInserted(), now);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("accountId", d.getAccountId().toString())
                .add("addTs", HTTP_DATE.format(d.getInserted()))
                // Selene's SQL put the city name in city.timezone; here it is the timezone's name
                .add("city", city(m.place().city(), timezoneName(m.place())))
                .add("coreVersion", d.getCoreVersion())
                .add("country", country(m.place().country()));
        add(json, "disconnectDuration", status.disconnectDuration());
        json.add("enclosureVersion", d.getEnclosureVersion()).add("id", d.getId().toString());
        add(json, "lastContactTs", d.getLastContact() == null ? null : HTTP_DATE.format(d.getLastContact()));
        json.add("name", d.getName())
                .add("pantacorConfig", nulls("autoUpdate", "claimed", "deploymentId", "ipAddress", "pantacorId", "releaseChannel", "sshPublicKey"));
        add(json, "placement", d.getPlacement());
        return json.add("platform", d.getPlatform())
                .add("region", region(m.place().region()))
                .add("status", status.status())
                .add("timezone", timezone(m.place().timezone()))
                .add("voice", voice(m.voice()))
                .add("wakeWord", wakeWord(m.wakeWord()))
                .build();
    }

    private static String timezoneName(GeographyService.Place place) {
        return place.timezone() == null ? null : place.timezone().getName();
    }

    static JsonObject country(Country c) {
        if (c == null) {
            return nulls("id", "isoCode", "name");
        }
        return JSON.createObjectBuilder().add("id", c.getId().toString()).add("isoCode", c.getIsoCode().trim()).add("name", c.getName()).build();
    }

    static JsonObject region(Region r) {
        if (r == null) {
            return nulls("id", "name", "regionCode");
        }
        return JSON.createObjectBuilder().add("id", r.getId().toString()).add("name", r.getName()).add("regionCode", r.getRegionCode()).build();
    }

    static JsonObject city(City c, String timezoneName) {
        if (c == null) {
            return nulls("id", "latitude", "longitude", "name", "timezone");
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", c.getId().toString())
                .add("latitude", c.getLatitude().doubleValue()).add("longitude", c.getLongitude().doubleValue()).add("name", c.getName());
        add(json, "timezone", timezoneName);
        return json.build();
    }

    static JsonObject timezone(Timezone t) {
        if (t == null) {
            return nulls("dstOffset", "gmtOffset", "id", "name");
        }
        BigDecimal dst = t.getDstOffset() != null ? t.getDstOffset() : t.getGmtOffset();
        return JSON.createObjectBuilder().add("dstOffset", dst.doubleValue()).add("gmtOffset", t.getGmtOffset().doubleValue())
                .add("id", t.getId().toString()).add("name", t.getName()).build();
    }

    static JsonObject voice(TextToSpeech v) {
        if (v == null) {
            return nulls("displayName", "engine", "id", "settingName");
        }
        return JSON.createObjectBuilder().add("displayName", v.getDisplayName()).add("engine", v.getEngine().label())
                .add("id", v.getId().toString()).add("settingName", v.getSettingName()).build();
    }

    static JsonObject wakeWord(WakeWord w) {
        if (w == null) {
            return nulls("engine", "id", "name");
        }
        return JSON.createObjectBuilder().add("engine", w.getEngine()).add("id", w.getId().toString()).add("name", titleCase(w.getName())).build();
    }

    /** The entries of the device form's drop-downs. */
    static JsonObject choice(UUID id, String name, boolean userDefined) {
        return JSON.createObjectBuilder().add("id", id.toString()).add("name", name).add("userDefined", userDefined).build();
    }

    /** Python's str.title(), as Selene shows wake words ("hey mycroft" → "Hey Mycroft"). */
    static String titleCase(String name) {
        return Arrays.stream(name.split(" ", -1))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    private static JsonObject nulls(String... keys) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (String key : keys) {
            json.addNull(key);
        }
        return json.build();
    }
}

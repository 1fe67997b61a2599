package org.selene.web.account;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.shared.DbLabel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The signed-in person's profile (docs/web-apis.md §3.1), which Selene serves from the account and the
 * market API alike: camelCase keys in sorted order, Selene's date formats.
 */
public final class AccountProfileWire {

    /** Python's http date: two-digit day, always GMT. */
    public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    public static final DateTimeFormatter ACCEPT_DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.US);

    private AccountProfileWire() {
    }

    public static JsonObject profile(AccountProfileService.Profile p) {
        var agreements = JSON.createArrayBuilder();
        for (AccountProfileService.AcceptedAgreement a : p.agreements()) {
            agreements.add(JSON.createObjectBuilder().add("acceptDate", ACCEPT_DATE.format(a.acceptDate()))
                    .add("id", a.id().toString()).add("type", a.type().label()));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("agreements", agreements)
                .add("emailAddress", p.account().getEmailAddress())
                .add("federatedLogin", p.account().getPassword() == null)
                .add("id", p.account().getId().toString());
        add(json, "lastActivity", p.account().getLastActivity() == null ? null : HTTP_DATE.format(p.account().getLastActivity()));
        json.add("membership", p.membership().<JsonValue>map(m -> {
            JsonObjectBuilder mb = JSON.createObjectBuilder();
            add(mb, "duration", m.duration(LocalDate.now(ZoneOffset.UTC)));
            mb.addNull("endDate").add("id", m.id().toString());
            add(mb, "paymentAccountId", m.paymentAccountId());
            add(mb, "paymentId", m.paymentId());
            add(mb, "paymentMethod", DbLabel.toLabel(m.paymentMethod()));
            return mb.add("type", m.type().label()).build();
        }).orElse(JsonValue.NULL));
        add(json, "username", p.account().getUsername());
        return json.build();
    }

    /** A string member, or JSON null (Selene's None) when there is no value. */
    public static void add(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}

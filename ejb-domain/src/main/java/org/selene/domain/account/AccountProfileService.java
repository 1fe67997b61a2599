package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The profile Selene's web apps show for the signed-in person (web-apis.md §3.1; market GET /api/account). */
@Stateless
public class AccountProfileService {

    private static final DateTimeFormatter ACCEPT_DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public JsonObject profile(UUID accountId) {
        List<?> rows = em.createNativeQuery("SELECT email_address, username, password IS NULL, last_activity_ts FROM account.account WHERE id = ?1")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.unauthorized("account not found");
        }
        Object[] a = (Object[]) rows.get(0);
        JsonArrayBuilder agreements = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("""
                SELECT aa.id, aa.accept_date, ag.agreement::text FROM account.account_agreement aa
                JOIN account.agreement ag ON ag.id = aa.agreement_id WHERE aa.account_id = ?1 ORDER BY aa.accept_date, ag.agreement""")
                .setParameter(1, accountId).getResultList()) {
            Object[] c = (Object[]) row;
            agreements.add(Json.createObjectBuilder().add("acceptDate", ACCEPT_DATE.format(localDate(c[1])))
                    .add("id", c[0].toString()).add("type", c[2].toString()));
        }
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("agreements", agreements)
                .add("emailAddress", (String) a[0])
                .add("federatedLogin", (Boolean) a[2])
                .add("id", accountId.toString());
        if (a[3] == null) {
            profile.addNull("lastActivity");
        } else {
            profile.add("lastActivity", DateTimeFormatter.RFC_1123_DATE_TIME.format(((java.sql.Timestamp) a[3]).toLocalDateTime().atOffset(ZoneOffset.UTC))
                    .replace("+0000", "GMT"));
        }
        List<?> membership = em.createNativeQuery("""
                SELECT am.id, lower(am.membership_ts_range), am.payment_account_id, am.payment_id, am.payment_method::text, m.type::text
                FROM account.account_membership am JOIN account.membership m ON m.id = am.membership_id
                WHERE am.account_id = ?1 AND upper_inf(am.membership_ts_range)""").setParameter(1, accountId).getResultList();
        if (membership.isEmpty()) {
            profile.addNull("membership");
        } else {
            Object[] m = (Object[]) membership.get(0);
            JsonObjectBuilder b = Json.createObjectBuilder();
            String duration = duration(((java.sql.Timestamp) m[1]).toLocalDateTime(), LocalDateTime.now(ZoneOffset.UTC));
            if (duration == null) {
                b.addNull("duration");
            } else {
                b.add("duration", duration);
            }
            profile.add("membership", b.addNull("endDate").add("id", m[0].toString()).add("paymentAccountId", (String) m[2])
                    .add("paymentId", (String) m[3]).add("paymentMethod", (String) m[4]).add("type", (String) m[5]));
        }
        if (a[1] == null) {
            profile.addNull("username");
        } else {
            profile.add("username", (String) a[1]);
        }
        return profile.build();
    }

    /** Selene's wording: "1 years  2 months", " 3 months", "2 years"; null under a month. */
    static String duration(LocalDateTime start, LocalDateTime now) {
        long days = ChronoUnit.DAYS.between(start, now);
        long years = days / 365;
        long months = (days % 365) / 30;
        if (years == 0 && months == 0) {
            return null;
        }
        String y = years > 0 ? years + " years" : "";
        String m = months > 0 ? " " + months + " months" : "";
        return years > 0 && months > 0 ? y + " " + m : y + m;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

package org.selene.domain.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.device.DeviceSessionService;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.device.Tokens;
import org.selene.domain.infrastructure.MailService;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.metric.AccountActivityService;
import org.selene.domain.metric.ActivityCounter;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.shared.DbLabel;
import org.selene.domain.shared.DomainException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A signed-in person's own account: profile, Open Dataset opt-in, e-mail and password, deletion. */
@Stateless
public class AccountProfileService {

    static final int EMAIL_CHANGE_HOURS = 24;
    static final int MAX_USERNAME_LENGTH = 100;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private RateLimiter limiter;

    @Inject
    private EtagService etags;

    @Inject
    private RecordingService recordings;

    @Inject
    private AccountActivityService metrics;

    @Inject
    private MailService mail;

    @Inject
    private AccountSessionService sessions;

    @Inject
    private DeviceSessionService deviceSessions;

    @Inject
    private AccountPasswordService passwords;

    @Inject
    @ConfigProperty(name = "ACCOUNT_BASE_URL", defaultValue = "http://localhost:8080")
    String accountBaseUrl;

    public record Profile(Account account, List<AcceptedAgreement> agreements, Optional<ActiveMembership> membership) {
    }

    public record AcceptedAgreement(UUID id, AgreementType type, LocalDate acceptDate) {
    }

    public record ActiveMembership(UUID id, MembershipType type, PaymentMethod paymentMethod, String paymentAccountId, String paymentId,
                                   LocalDate start) {

        /** Selene's wording: whole years of 365 days, then months of 30 days; null below a month. */
        public String duration(LocalDate today) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
            long years = days / 365;
            long months = (days % 365) / 30;
            if (years == 0 && months == 0) {
                return null;
            }
            String y = years > 0 ? years + " years" : null;
            String m = months > 0 ? " " + months + " months" : null;
            return y != null && m != null ? y + " " + m : y != null ? y : m;
        }
    }

    /** What PATCH /api/account changes; null leaves a part as it is. */
    public record ProfileChange(String username, Boolean openDataset) {
    }

    public Profile profile(UUID accountId) {
        Account account = account(accountId);
        List<AcceptedAgreement> agreements = em.createNativeQuery("""
                        SELECT aa.id, ag.agreement::text, aa.accept_date FROM account.account_agreement aa
                        JOIN account.agreement ag ON ag.id = aa.agreement_id WHERE aa.account_id = ?1 ORDER BY ag.agreement, aa.accept_date""")
                .setParameter(1, accountId).getResultList().stream().map(r -> {
                    Object[] c = (Object[]) r;
                    return new AcceptedAgreement((UUID) c[0], DbLabel.fromLabel(AgreementType.class, (String) c[1]), localDate(c[2]));
                }).toList();
        Optional<ActiveMembership> membership = em.createNativeQuery("""
                        SELECT am.id, m.type::text, am.payment_method::text, am.payment_account_id, am.payment_id, lower(am.membership_ts_range)
                        FROM account.account_membership am JOIN account.membership m ON m.id = am.membership_id
                        WHERE am.account_id = ?1 AND upper(am.membership_ts_range) IS NULL""")
                .setParameter(1, accountId).getResultList().stream().findFirst().map(r -> {
                    Object[] c = (Object[]) r;
                    return new ActiveMembership((UUID) c[0], DbLabel.fromLabel(MembershipType.class, (String) c[1]),
                            DbLabel.fromLabel(PaymentMethod.class, (String) c[2]), (String) c[3], (String) c[4], localDate(c[5]));
                });
        return new Profile(account, agreements, membership);
    }

    public List<Membership> memberships() {
        return em.createQuery("SELECT m FROM Membership m ORDER BY m.rate", Membership.class).getResultList();
    }

    /** Validates every part before changing any (Selene applied the parts before a bad one). */
    public void update(UUID accountId, ProfileChange change) {
        Account account = account(accountId);
        if (change.username() != null) {
            String username = change.username().trim();
            if (username.isEmpty() || username.length() > MAX_USERNAME_LENGTH) {
                throw DomainException.badRequest("username: must be 1 to " + MAX_USERNAME_LENGTH + " characters");
            }
            boolean taken = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u AND a.id <> :id", UUID.class)
                    .setParameter("u", username).setParameter("id", accountId).getResultList().isEmpty();
            if (taken) {
                throw DomainException.conflict("username: already taken");
            }
            account.changeUsername(username);
        }
        if (change.openDataset() != null && change.openDataset() != hasOpenDataset(accountId)) {
            if (change.openDataset()) {
                metrics.countAccountChange(Map.of(ActivityCounter.OPEN_DATASET, 1, ActivityCounter.OPEN_DATASET_ADDED, 1));
                em.createNativeQuery("""
                        INSERT INTO account.account_agreement (account_id, agreement_id, accept_date)
                        SELECT ?1, id, (now() AT TIME ZONE 'UTC')::date FROM account.agreement
                        WHERE agreement = 'Open Dataset' AND effective @> current_date""").setParameter(1, accountId).executeUpdate();
            } else {
                metrics.countAccountChange(Map.of(ActivityCounter.OPEN_DATASET, -1, ActivityCounter.OPEN_DATASET_DELETED, 1));
                em.createNativeQuery("""
                        DELETE FROM account.account_agreement aa USING account.agreement ag
                        WHERE ag.id = aa.agreement_id AND aa.account_id = ?1 AND ag.agreement = 'Open Dataset'""").setParameter(1, accountId).executeUpdate();
            }
        }
        // as Selene after every profile change; the opt-in is part of every device's settings
        etags.expireForAccount(accountId, EtagKind.SETTING);
    }

    /**
     * Deletes the account and everything of it (docs/data-model.md §11), including the rows whose
     * foreign keys do not cascade; its wake-word samples are marked for the deletion job.
     */
    public void delete(UUID accountId) {
        account(accountId);
        metrics.countAccountChange(Map.of(ActivityCounter.ACCOUNTS, -1, ActivityCounter.ACCOUNTS_DELETED, 1));
        em.createNativeQuery("UPDATE tagging.wake_word_file SET status = 'pending delete' WHERE account_id = ?1 AND status <> 'deleted'")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM metric.core_interaction WHERE device_id IN (SELECT id FROM device.device WHERE account_id = ?1)")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM skill.oauth_token WHERE account_id = ?1 OR oauth_credential_id IN "
                + "(SELECT id FROM skill.oauth_credential WHERE developer_id = ?1)").setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM skill.oauth_credential WHERE developer_id = ?1").setParameter(1, accountId).executeUpdate();
        // through the device context, so no node keeps accepting the devices' cached tokens
        @SuppressWarnings("unchecked")
        List<UUID> devices = em.createNativeQuery("SELECT id FROM device.device WHERE account_id = ?1").setParameter(1, accountId).getResultList();
        devices.forEach(deviceSessions::revokeAll);
        devices.forEach(recordings::forgetDevice);
        etags.forget(devices);
        em.createNativeQuery("DELETE FROM account.account WHERE id = ?1").setParameter(1, accountId).executeUpdate();
    }

    /** A new password; every other session ends, the caller gets a fresh one. */
    public WebSession changePassword(UUID accountId, String password) {
        if (password.length() < 1 || password.length() > 1024) {
            throw DomainException.badRequest("password: must be 1 to 1024 characters");
        }
        Account account = account(accountId);
        passwords.setPassword(accountId, password);
        if (mail.configured()) {
            mail.send(account.getEmailAddress(), "Password Changed",
                    "The password of your account was changed. If you did not change it, reset it now.", null);
        }
        em.flush();
        return sessions.signIn(accountId);
    }

    /**
     * Mails a verification link to the new address and a notice to the current one. Nothing
     * changes until the link is used; no mail server → 503. The current address itself is
     * verified the same way (no notice then): the admin role needs a verified address.
     */
    public void requestEmailChange(UUID accountId, String newAddress) {
        mail.requireConfigured();
        String address = EmailAddress.require(newAddress);
        Account account = account(accountId);
        if (emailTaken(address, accountId)) {
            throw DomainException.conflict("token: an account with this e-mail address exists");
        }
        limiter.hit(Limit.EMAIL_CHANGES_PER_ACCOUNT, accountId.toString());
        String token = Tokens.random();
        em.createNativeQuery("DELETE FROM account.email_change WHERE account_id = ?1 OR expires_ts < (now() AT TIME ZONE 'UTC')")
                .setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("INSERT INTO account.email_change (token_hash, account_id, email_address, expires_ts) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, Tokens.hash(token)).setParameter(2, accountId).setParameter(3, address)
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC).plusHours(EMAIL_CHANGE_HOURS)).executeUpdate();
        String link = accountBaseUrl + "/verify-email?token=" + token;
        if (!address.equalsIgnoreCase(account.getEmailAddress())) {
            mail.send(account.getEmailAddress(), "Email Address Changed",
                    "A change of your account's e-mail address was requested. It takes effect once the new address is verified.", null);
        }
        mail.send(address, "Email Change Verification",
                "Verify this e-mail address for your account by opening " + link + " (valid " + EMAIL_CHANGE_HOURS + " hours).",
                "<p>Verify this e-mail address for your account:</p><p><a href=\"" + link + "\">" + link + "</a></p>");
    }

    /**
     * Mails a link that proves the account's current address (after signing up on the pages, or
     * asked for on the account page); false when this server sends no mail, so nothing is asked.
     */
    public boolean requestVerification(UUID accountId) {
        if (!mail.configured()) {
            return false;
        }
        requestEmailChange(accountId, account(accountId).getEmailAddress());
        return true;
    }

    /** Whether the account's current address is the one it last proved. */
    public boolean emailVerified(UUID accountId) {
        return !em.createNativeQuery("""
                SELECT 1 FROM account.account a JOIN account.email_verification v
                  ON v.account_id = a.id AND lower(v.email_address) = lower(a.email_address) WHERE a.id = ?1""")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    /** Uses a verification link's token; it must be the caller's, unexpired, and works once. */
    public void verifyEmail(UUID accountId, String token) {
        List<?> rows = em.createNativeQuery("DELETE FROM account.email_change WHERE token_hash = ?1 AND account_id = ?2 "
                        + "AND expires_ts > (now() AT TIME ZONE 'UTC') RETURNING email_address")
                .setParameter(1, Tokens.hash(token)).setParameter(2, accountId).getResultList();
        String address = rows.stream().findFirst().map(Object::toString)
                .orElseThrow(() -> DomainException.badRequest("token: unknown, used or expired verification token"));
        if (emailTaken(address, accountId)) {
            throw DomainException.conflict("token: an account with this e-mail address exists");
        }
        account(accountId).changeEmailAddress(address);
        EmailVerifications.record(em, accountId, address);
    }

    public boolean emailTaken(String address, UUID except) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE lower(a.emailAddress) = lower(:e) AND a.id <> :id", UUID.class)
                .setParameter("e", address).setParameter("id", except == null ? new UUID(0, 0) : except).getResultList().isEmpty();
    }

    private boolean hasOpenDataset(UUID accountId) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id
                WHERE aa.account_id = ?1 AND ag.agreement = 'Open Dataset'""").setParameter(1, accountId).getSingleResult()).longValue() > 0;
    }

    private Account account(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw DomainException.unauthorized("account not found");
        }
        return account;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return (LocalDate) value;
    }
}

package org.selene.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.selene.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Refuses internal logins (429) after too many recent failures for one e-mail address or one client
 * address. Failures count only within a sliding window, so a lock always lifts by itself.
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    private int maxPerEmail;
    private int maxPerAddress;
    private int windowSeconds;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig(LoginThrottle.class.getClassLoader());
        maxPerEmail = config.getOptionalValue("LOGIN_MAX_FAILURES", Integer.class).orElse(5);
        maxPerAddress = config.getOptionalValue("LOGIN_MAX_FAILURES_PER_ADDRESS", Integer.class).orElse(20);
        windowSeconds = config.getOptionalValue("LOGIN_FAILURE_WINDOW_SECONDS", Integer.class).orElse(900);
    }

    public void requireAllowed(String email, String clientAddress) {
        if (recentFailures(emailSubject(email)) >= maxPerEmail
                || (clientAddress != null && recentFailures(addressSubject(clientAddress)) >= maxPerAddress)) {
            throw new DomainException(429, "too many failed logins, try again later");
        }
    }

    /** In its own transaction: the failed login itself is rolled back, the count must stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String email, String clientAddress) {
        em.createNativeQuery("DELETE FROM account.login_failure WHERE failed_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => ?1)")
                .setParameter(1, windowSeconds).executeUpdate();
        insert(emailSubject(email));
        if (clientAddress != null) {
            insert(addressSubject(clientAddress));
        }
    }

    /** A successful login forgets the e-mail's failures (the address's stay: it may be guessing others). */
    public void recordSuccess(String email) {
        em.createNativeQuery("DELETE FROM account.login_failure WHERE subject = ?1").setParameter(1, emailSubject(email)).executeUpdate();
    }

    private long recentFailures(String subject) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM account.login_failure
                WHERE subject = ?1 AND failed_at >= (now() AT TIME ZONE 'UTC') - make_interval(secs => ?2)""")
                .setParameter(1, subject).setParameter(2, windowSeconds).getSingleResult()).longValue();
    }

    private void insert(String subject) {
        em.createNativeQuery("INSERT INTO account.login_failure (subject) VALUES (?1)").setParameter(1, subject).executeUpdate();
    }

    static String emailSubject(String email) {
        return "email:" + sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    static String addressSubject(String address) {
        return "address:" + sha256(address);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

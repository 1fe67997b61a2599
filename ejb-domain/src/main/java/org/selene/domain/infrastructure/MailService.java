package org.selene.domain.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * E-mail over SMTP (Jakarta Mail) with Selene's EMAIL_SERVICE_* settings. Without a host, sending
 * is refused with 503 before anything changes, so a caller's request fails cleanly. Recipients are
 * never logged.
 */
@Stateless
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());
    private static final String TIMEOUT_MS = "15000";

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_HOST")
    Optional<String> configuredHost;

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_USER")
    Optional<String> configuredUser;

    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_PASSWORD")
    Optional<String> password;

    /** starttls (default on 587), ssl (default on 465), or none. */
    @Inject
    @ConfigProperty(name = "EMAIL_SERVICE_SECURITY")
    Optional<String> configuredSecurity;

    @Inject
    @ConfigProperty(name = "EMAIL_SENDER", defaultValue = "Selene <no-reply@localhost>")
    String sender;

    private Optional<String> host;
    private Optional<String> user;
    private String security;

    @PostConstruct
    void readSettings() {
        host = configuredHost.filter(h -> !h.isBlank());
        user = configuredUser.filter(u -> !u.isBlank());
        security = configuredSecurity.orElse(port == 465 ? "ssl" : port == 587 ? "starttls" : "none").toLowerCase();
    }

    public boolean configured() {
        return host.isPresent();
    }

    /** Refuses (503) when no SMTP server is configured; call before changing anything. */
    public void requireConfigured() {
        if (host.isEmpty()) {
            throw new DomainException(503, "e-mail is not configured: EMAIL_SERVICE_HOST is not set");
        }
    }

    public void send(String recipient, String subject, String text, String html) {
        requireConfigured();
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(sender));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name());
            alternatives.addBodyPart(plain);
            if (html != null) {
                MimeBodyPart rich = new MimeBodyPart();
                rich.setContent(html, "text/html; charset=UTF-8");
                alternatives.addBodyPart(rich);
            }
            message.setContent(alternatives);
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning("SMTP delivery failed: " + e.getClass().getSimpleName());
            throw new DomainException(502, "the e-mail could not be delivered by the mail server");
        }
    }

    private Session session() {
        Properties props = new Properties();
        String protocol = security.equals("ssl") ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", host.orElseThrow());
        props.put("mail." + protocol + ".port", Integer.toString(port));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (security.equals("starttls")) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (user.isPresent()) {
            props.put("mail." + protocol + ".auth", "true");
            return Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}

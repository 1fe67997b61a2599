package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selene.domain.infrastructure.MailService;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;

import java.util.Optional;
import java.util.UUID;

/**
 * E-mail a device sends to its owner (docs/device-api.md §6.17). The text comes from the device, so it
 * is escaped before it becomes HTML, and a subject cannot carry extra mail headers.
 */
@Stateless
public class OwnerMessageService {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    @Inject
    MailService mail;

    @EJB
    RateLimiter limiter;

    /** The recipient: the device's own address (admin API's "email"), else its account's. */
    @Inject
    DeviceOverridesService overrides;

    public void send(UUID deviceId, String title, String body) {
        if (title.isBlank() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.badRequest("title: 1 to " + MAX_TITLE + " characters on one line");
        }
        if (body.length() > MAX_BODY) {
            throw DomainException.badRequest("body: at most " + MAX_BODY + " characters");
        }
        mail.requireConfigured();
        Optional<String> owner = overrides.recipient(deviceId);
        if (owner.isEmpty()) {
            throw DomainException.unauthorized("device not authorized");
        }
        limiter.hit(Limit.DEVICE_EMAILS_PER_DEVICE, deviceId.toString());
        String html = "<html><body><p>" + escapeHtml(body).replace("\n", "<br>\n") + "</p></body></html>";
        mail.send(owner.get(), title, body, html);
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.selene.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server every suite shares (EMAIL_SERVICE_HOST/PORT point at it): started once, on first
 * use, and left running until the JVM ends, since the server's mail settings are fixed at its start.
 */
public final class MailStandIn {

    private static GreenMail server;

    private MailStandIn() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(StandIns.port(StandIns.SMTP), "localhost", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
        return server;
    }

    /** Messages received so far for one recipient, oldest first. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, recipient)).toList();
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

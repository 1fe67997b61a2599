package org.selene.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP stand-in: one GreenMail server for the whole suite on the fixed port the server was
 * told about ({@link MailStandIn}). Tests use addresses of their own and read only those.
 */
public final class Mailbox {

    private static GreenMail smtp;

    /** A received message, reduced to what tests check. */
    public record Mail(String from, List<String> to, String subject, String text) {
    }

    private Mailbox() {
    }

    /** The suite's one SMTP stand-in is {@link MailStandIn}'s. */
    public static synchronized void start() {
        if (smtp == null) {
            smtp = MailStandIn.server();
        }
    }

    public static List<Mail> to(String address) {
        start();
        return Arrays.stream(smtp.getReceivedMessages()).map(Mailbox::read)
                .filter(m -> m.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** Waits up to 15 s for a message with this subject to this address. */
    public static Mail await(String address, String subject) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            for (Mail mail : to(address)) {
                if (mail.subject().equals(subject)) {
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subject + "' to " + address + "; got " + to(address));
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            return new Mail(message.getFrom()[0].toString(), to, message.getSubject(), text(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            return text(multipart.getBodyPart(0).getContent());
        }
        return content.toString();
    }
}

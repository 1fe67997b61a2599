package org.selene.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PUT /v1/device/{uuid}/message: an e-mail to the device's owner over SMTP (docs/device-api.md §6.17). */
@SeleneIT
class DeviceMessageIT {

    static GreenMail smtp;

    @BeforeAll
    static void mailServer() {
        smtp = MailStandIn.server();
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theOwnerGetsTheMessageWithItsTextEscapedInHtml() throws Exception {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String address = d.accountId() + "@example.org";
        Http.put(d.path("/message"), "{\"title\":\"this is a test\",\"sender\":\"test@test.com\",\"body\":\"body <script>alert(1)</script> & more\"}",
                "Authorization", d.bearer()).assertStatus(200);
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        List<MimeMessage> mail = mailTo(address);
        assertEquals(1, mail.size());
        assertEquals("this is a test", mail.get(0).getSubject());
        String raw = GreenMailUtil.getWholeMessage(mail.get(0));
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), raw);
        assertFalse(raw.contains("<script>alert(1)</script> &amp;"), raw);
    }

    @Test
    void invalidMessagesAre400AndSendNothing() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String address = d.accountId() + "@example.org";
        Http.put(d.path("/message"), "{\"title\":\"x\",\"body\":\"y\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/message"), "{\"title\":\"line\\r\\nBcc: victim@example.org\",\"sender\":\"s\",\"body\":\"y\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/message"), "{\"title\":\"\",\"sender\":\"s\",\"body\":\"y\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/message"), "{\"title\":\"t\",\"sender\":\"s\",\"body\":\"y\",\"to\":\"other@example.org\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/message"), "{\"title\":7,\"sender\":\"s\",\"body\":\"y\"}", "Authorization", d.bearer()).assertJsonError(400);
        Http.put(d.path("/message"), "not json", "Authorization", d.bearer()).assertJsonError(400);
        assertEquals(0, mailTo(address).size());
    }

    @Test
    void anUnauthorizedDeviceIs401() {
        Http.put("/v1/device/" + UUID.randomUUID() + "/message", "{\"title\":\"t\",\"sender\":\"s\",\"body\":\"b\"}",
                "Authorization", "Bearer thisisadummybearertoken").assertJsonError(401);
        DeviceFixture.Paired d = DeviceFixture.pair();
        DeviceFixture.Paired other = DeviceFixture.pair();
        Http.put(other.path("/message"), "{\"title\":\"t\",\"sender\":\"s\",\"body\":\"b\"}", "Authorization", d.bearer()).assertJsonError(401);
        assertEquals(0, mailTo(other.accountId() + "@example.org").size());
    }
}

package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading mails: text, attachments to quarantine, threading ids, robots, broken structures. */
class MailParserTest {

  private static final Session SESSION = Session.getInstance(new Properties());

  @Test
  void textAttachmentsAndReplyIdsAreSeparated() throws Exception {
    IncomingMail mail =
        MailParser.parse(
            message(
                """
                From: =?UTF-8?B?0JzQsNGA0LjRjw==?= <Maria@Demetra-Agro.bg>
                To: desk@omegasoft.bg
                Subject: Re: [SR-2026-000042] =?UTF-8?B?0JfQsNC/0LvQsNGC0Lg=?=
                Message-ID: <abc@demetra-agro.bg>
                In-Reply-To: <x1@desk.omegasoft.bg>
                References: <x0@desk.omegasoft.bg> <x1@desk.omegasoft.bg>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Здравейте, ведомостта пак не излиза.
                --b1
                Content-Type: application/pdf; name="egn-list.pdf"
                Content-Disposition: attachment; filename="egn-list.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1--
                """));
    assertEquals("maria@demetra-agro.bg", mail.sender());
    assertEquals("Мария", mail.senderName());
    assertEquals("Re: [SR-2026-000042] Заплати", mail.subject());
    assertEquals("Здравейте, ведомостта пак не излиза.", mail.text());
    assertEquals(3, mail.references().size());
    assertEquals(1, mail.attachments().size());
    assertEquals("egn-list.pdf", mail.attachments().get(0).name());
    assertEquals(9, mail.attachments().get(0).size());
    assertFalse(mail.automatic());
  }

  @Test
  void htmlOnlyMailBecomesTextAndAutoRepliesAreRecognised() throws Exception {
    IncomingMail mail =
        MailParser.parse(
            message(
                """
                From: office@demetra-agro.bg
                Subject: Out of office
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><body><p>Няма ме до <b>понеделник</b>.</p><script>x()</script></body></html>
                """));
    assertTrue(mail.text().contains("Няма ме до понеделник"), mail.text());
    assertFalse(mail.text().contains("x()"));
    assertTrue(mail.automatic());
  }

  @Test
  void aMailWithoutTextHasNoText() throws Exception {
    IncomingMail mail =
        MailParser.parse(
            message(
                """
                From: office@demetra-agro.bg
                Subject:
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                """));
    assertFalse(mail.hasText());
    assertNull(mail.messageId());
  }

  @Test
  void aMailWithoutSenderOrWithBrokenMultipartIsRefused() {
    assertThrows(
        MessagingException.class, () -> MailParser.parse(message("Subject: nobody\n\nhello\n")));
    assertThrows(
        Exception.class,
        () ->
            MailParser.parse(
                message(
                    """
                    From: office@demetra-agro.bg
                    Subject: broken
                    MIME-Version: 1.0
                    Content-Type: multipart/mixed

                    no boundary at all
                    """)));
  }

  private static MimeMessage message(String raw) throws MessagingException {
    return new MimeMessage(
        SESSION,
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }
}

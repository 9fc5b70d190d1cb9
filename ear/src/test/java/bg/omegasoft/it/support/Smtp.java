package bg.omegasoft.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A real mail server (GreenMail, SMTP only) on the port the test server sends to: 3025 + the port
 * offset (system property omex.smtp.port, set for the tests and for the test server alike).
 */
public final class Smtp {

  private Smtp() {}

  /** Started; the caller stops it. */
  public static GreenMail start() {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("omex.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** The mails the server received whose subject contains the text. */
  public static List<MimeMessage> received(GreenMail smtp, String inSubject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(inSubject))
        .toList();
  }

  /** The first mail whose subject contains the text, waiting up to 60 s for it. */
  public static MimeMessage await(GreenMail smtp, String inSubject) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      List<MimeMessage> found = received(smtp, inSubject);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("waited 60 s for an e-mail about " + inSubject);
  }

  /** The mail's own text (its text/plain part that is not an attachment). */
  public static String text(MimeMessage mail) throws MessagingException, IOException {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain") && part.getFileName() == null) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no text in the e-mail");
  }

  /** The bytes of the attachment with that file name. */
  public static byte[] attachment(MimeMessage mail, String fileName)
      throws MessagingException, IOException {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        try (InputStream in = part.getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no attachment " + fileName);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject() == null ? "" : mail.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}

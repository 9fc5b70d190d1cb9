package bg.omegasoft.it.servicedesk;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real in-process mail server (GreenMail) on the ports the test server was given: SMTP for the
 * platform's outgoing mail, and, when asked, IMAP with the service desk's mailbox. The ports follow
 * the port offset (3025 + offset, 3143 + offset), so parallel checkouts do not clash.
 */
final class MailServer implements AutoCloseable {

  static final String DESK = "desk@omegasoft.bg";
  static final String DESK_PASSWORD = "desk-test-secret";

  private final GreenMail greenMail;
  private final GreenMailUser desk;
  private final TcpRelay imapRelay;

  private MailServer(boolean withMailbox) {
    int smtp = Integer.getInteger("omex.smtp.port", 3025);
    int imap = Integer.getInteger("omex.imap.port", 3143);
    // the platform reaches IMAP through a relay on its port, so an outage can be made by cutting
    // the relay while the mailbox keeps its messages (GreenMail's stop() would empty it)
    ServerSetup[] setups =
        withMailbox
            ? new ServerSetup[] {
              new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imap + 10_000, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            }
            : new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)};
    greenMail = new GreenMail(setups);
    greenMail.start();
    desk = withMailbox ? greenMail.setUser(DESK, DESK, DESK_PASSWORD) : null;
    imapRelay = withMailbox ? new TcpRelay(imap, imap + 10_000) : null;
    if (imapRelay != null) {
      try {
        imapRelay.up();
      } catch (java.io.IOException e) {
        greenMail.stop();
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** SMTP only: catches what the platform sends. */
  static MailServer smtp() {
    return new MailServer(false);
  }

  /** SMTP and the service desk's IMAP mailbox. */
  static MailServer withMailbox() {
    return new MailServer(true);
  }

  /** Puts a mail straight into the service desk's mailbox (works while the server is stopped). */
  void deliver(MimeMessage message) {
    desk.deliver(message);
  }

  /** An outage of the mailbox's server: the platform cannot reach it; its mails stay. */
  void cutMailbox() throws java.io.IOException {
    imapRelay.down();
  }

  void restoreMailbox() throws java.io.IOException {
    imapRelay.up();
  }

  /** Every mail the platform sent to this address. */
  List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    } catch (Exception e) {
      return "";
    }
  }

  @Override
  public void close() {
    try {
      if (imapRelay != null) {
        imapRelay.close();
      }
    } catch (java.io.IOException e) {
      // closing anyway
    }
    greenMail.stop();
  }
}

package bg.omegasoft.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.CountDownLatch;

/**
 * The demo's mail server (GreenMail, in memory, on 127.0.0.1 only): {@code mvn -Pdemo install}
 * starts it beside the demo server, which sends its mail here, so every invitation, invoice and
 * reminder of the demo is delivered and shows as SENT in Administration → Outgoing mail, where each
 * can be read with its attachments. It lives in the test code: no production deployment has it.
 * Arguments: the SMTP port, then the IMAP port (any user, any password, for a mail program).
 */
public final class DemoMailServer {

  private DemoMailServer() {}

  public static void main(String[] args) throws InterruptedException {
    int smtp = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
    int imap = args.length > 1 ? Integer.parseInt(args[1]) : 3143;
    GreenMail mail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    System.out.println(
        "Demo mail server: SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap + " (in memory)");
    new CountDownLatch(1).await();
  }
}

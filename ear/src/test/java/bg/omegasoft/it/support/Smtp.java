package bg.omegasoft.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
}

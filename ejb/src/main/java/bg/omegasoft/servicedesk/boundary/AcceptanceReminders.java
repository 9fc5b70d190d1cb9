package bg.omegasoft.servicedesk.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every working morning, the one reminder of protocols the client has not answered yet ({@link
 * ProtocolLinks#remindUnanswered}). Each server runs it; the reminder is still sent once.
 */
@Singleton
@PermitAll
public class AcceptanceReminders {

  private static final Logger LOG = Logger.getLogger(AcceptanceReminders.class.getName());

  @EJB private ProtocolLinks links;

  private final Clock clock = Clock.systemUTC();

  @Schedule(
      dayOfWeek = "Mon-Fri",
      hour = "9",
      minute = "5",
      timezone = "Europe/Sofia",
      persistent = false)
  void remind() {
    try {
      int reminded = links.remindUnanswered(Instant.now(clock));
      if (reminded > 0) {
        LOG.info("Protocols reminded to their clients: " + reminded);
      }
    } catch (RuntimeException e) {
      LOG.warning("Protocols not reminded this time: " + e);
    }
  }
}

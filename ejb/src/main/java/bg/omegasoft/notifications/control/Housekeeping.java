package bg.omegasoft.notifications.control;

import bg.omegasoft.notifications.entity.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Removes, once a day, the notifications read more than {@link Notification#KEEP_READ} ago; unread
 * ones stay. One statement whose result does not depend on who runs it or how often: with several
 * servers each may run it, the second finds nothing left to remove.
 */
@Stateless
@PermitAll
public class Housekeeping {

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "3", minute = "20", timezone = "Europe/Sofia", persistent = false)
  void daily() {
    int removed = removeReadBefore(Instant.now(clock).minus(Notification.KEEP_READ));
    if (removed > 0) {
      LOG.info(removed + " read notifications older than 90 days removed");
    }
  }

  /** Removes the notifications read before the moment; answers how many. */
  public int removeReadBefore(Instant cutoff) {
    return em.createNamedQuery(Notification.REMOVE_READ_BEFORE)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}

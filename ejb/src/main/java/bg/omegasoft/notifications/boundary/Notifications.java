package bg.omegasoft.notifications.boundary;

import bg.omegasoft.identity.boundary.Recipients;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.notifications.entity.MailChoice;
import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's own notifications: how many are unread, the latest, all of them page by
 * page, reading one (which answers where it leads), reading all; and which kinds also come by mail.
 * Nobody reads or marks another person's notifications.
 */
@Stateless
@RolesAllowed({
  Roles.TRAINEE,
  Roles.TRAINER,
  Roles.STAFF,
  Roles.CLIENT_ADMIN,
  Roles.BATCH_OPERATOR,
  Roles.FINANCE,
  Roles.ADMIN
})
public class Notifications {

  /** The most a page of notifications holds. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Recipients recipients;

  private final Clock clock = Clock.systemUTC();

  public long unreadCount() {
    return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
        .setParameter("user", me())
        .getSingleResult();
  }

  /** The newest notifications, read or not, newest first. */
  public List<Notification> latest(int max) {
    return page(0, max);
  }

  /** A page of the person's notifications, newest first. */
  public List<Notification> page(int first, int size) {
    return em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class)
        .setParameter("user", me())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(MAX_PAGE, size)))
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Notification.COUNT_OF_RECIPIENT, Long.class)
        .setParameter("user", me())
        .getSingleResult();
  }

  /** Marks the person's notification read and answers it (its link is where to go). */
  public Notification open(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || notification.getRecipientId() != me()) {
      throw new NotFoundException("Notification", id);
    }
    notification.markRead(Instant.now(clock));
    return notification;
  }

  /** Marks every unread notification of the person read; answers how many. */
  public int markAllRead() {
    return em.createNamedQuery(Notification.MARK_ALL_READ)
        .setParameter("user", me())
        .setParameter("now", Instant.now(clock))
        .executeUpdate();
  }

  /** Every kind with whether it comes to the person by mail too. */
  public Map<Notice.Kind, Boolean> mailChoices() {
    return MailChoice.effective(choices(me()));
  }

  /** Keeps the person's choices (kinds not given keep theirs). */
  public void chooseMail(Map<Notice.Kind, Boolean> byKind) {
    long me = me();
    List<MailChoice> mine = choices(me);
    byKind.forEach(
        (kind, byMail) -> {
          if (kind == null || byMail == null) {
            return;
          }
          mine.stream()
              .filter(c -> c.getKind() == kind)
              .findFirst()
              .ifPresentOrElse(
                  c -> c.choose(byMail), () -> em.persist(new MailChoice(me, kind, byMail)));
        });
  }

  private List<MailChoice> choices(long userId) {
    return em.createNamedQuery(MailChoice.OF_USER, MailChoice.class)
        .setParameter("user", userId)
        .getResultList();
  }

  private long me() {
    String name = session.getCallerPrincipal().getName();
    return recipients.idOf(name).orElseThrow(() -> new NotFoundException("User", name));
  }
}

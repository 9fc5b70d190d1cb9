package bg.omegasoft.messaging.control;

import bg.omegasoft.messaging.entity.MailState;
import bg.omegasoft.messaging.entity.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping, each step in a short transaction of its own: which mails are due, the
 * claim of one (a conditional UPDATE that only one node wins: it moves the next attempt past the
 * sending, so a node that dies mid-way leaves the mail to be retried once the lease ran out), and
 * the outcome. No row is locked while the mail server is being talked to.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

  /** How long a claimed mail is left to its sender before another node may try it. */
  static final Duration LEASE = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public List<Long> due(int limit) {
    return em.createNamedQuery(OutgoingMail.FIND_DUE, Long.class)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The mail, ready to send, when this node won it; empty when sent, given up or taken. */
  public Optional<MimeMessage> claim(long id, Session session) throws MessagingException {
    Instant now = Instant.now(clock);
    int won =
        em.createNamedQuery(OutgoingMail.CLAIM)
            .setParameter("id", id)
            .setParameter("now", now)
            .setParameter("until", now.plus(LEASE))
            .executeUpdate();
    if (won == 0) {
      return Optional.empty();
    }
    return Optional.of(MimeLetters.of(em.find(OutgoingMail.class, id), session));
  }

  public void sent(long id) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail != null && mail.getState() == MailState.PENDING) {
      mail.sent(Instant.now(clock));
    }
  }

  public void failed(long id, String error) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail != null && mail.getState() == MailState.PENDING) {
      mail.failed(error, Instant.now(clock));
    }
  }
}

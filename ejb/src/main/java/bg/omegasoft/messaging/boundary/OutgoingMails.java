package bg.omegasoft.messaging.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.entity.MailAttachment;
import bg.omegasoft.messaging.entity.MailState;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outgoing mail as an administrator sees it: a page at a time, by state; a failed one resent.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutgoingMails {

  @PersistenceContext private EntityManager em;
  @Inject private Event<Outbox.MailQueued> queued;

  private final Clock clock = Clock.systemUTC();

  /** Newest first; every state when the state is null. */
  public List<OutgoingMail> page(MailState state, int first, int size) {
    TypedQuery<OutgoingMail> query =
        em.createQuery(
            "select m from OutgoingMail m"
                + (state == null ? "" : " where m.state = :state")
                + " order by m.createdAt desc, m.id desc",
            OutgoingMail.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(MailState state) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(m) from OutgoingMail m"
                + (state == null ? "" : " where m.state = :state"),
            Long.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.getSingleResult();
  }

  /** One mail with its attachments (their names and sizes). */
  public OutgoingMail find(long id) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail == null) {
      throw new NotFoundException("mail", id);
    }
    mail.getAttachments().size();
    return mail;
  }

  public MailAttachment attachment(long id) {
    MailAttachment attachment = em.find(MailAttachment.class, id);
    if (attachment == null) {
      throw new NotFoundException("attachment", id);
    }
    return attachment;
  }

  /** Sends a failed mail again, at once after this transaction commits. */
  public OutgoingMail resend(long id) {
    OutgoingMail mail = find(id);
    mail.resend(Instant.now(clock));
    queued.fire(new Outbox.MailQueued());
    return mail;
  }
}

package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues the platform's e-mails in the caller's transaction: a mail exists exactly when the change
 * it tells about does, and is sent by {@link OutboxSender} once that transaction has committed.
 */
@Stateless
@PermitAll
public class Outbox {

  /** The domain of the Message-IDs the platform makes; replies carry them back. */
  public static final String MESSAGE_ID_DOMAIN = "desk.omegasoft.bg";

  @PersistenceContext private EntityManager em;
  @Inject private Event<MailQueued> queued;

  private final Clock clock = Clock.systemUTC();

  public OutgoingMail queue(String recipient, String subject, String body, Long requestId) {
    OutgoingMail mail =
        new OutgoingMail(
            recipient,
            subject,
            body,
            "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">",
            requestId,
            Instant.now(clock));
    em.persist(mail);
    queued.fire(new MailQueued());
    return mail;
  }

  /** Fired when a mail is queued; observed after the commit to send at once. */
  public record MailQueued() {}
}

package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.MailIntakeRecord;
import bg.omegasoft.servicedesk.entity.QuarantinedAttachment;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Converts the e-mail attachments kept in plain text before encryption: a minute after start each
 * such row is filed into PDM like a new attachment (encrypted), then its plain bytes are cleared,
 * one row per transaction. A row is locked while it is converted and converted only while it still
 * has plain bytes, so a repeated run, or several servers starting together, convert each row once.
 */
@Singleton
@Startup
@PermitAll
public class PlainAttachments {

  private static final Logger LOG = Logger.getLogger(PlainAttachments.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;
  @Resource private SessionContext context;
  @Inject private AttachmentFiling filing;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(60_000, new TimerConfig("plain-attachments", false));
  }

  @Timeout
  void atStart() {
    try {
      int converted = convertAll();
      if (converted > 0) {
        LOG.info(() -> "E-mail attachments encrypted into PDM: " + converted);
      }
    } catch (RuntimeException e) {
      LOG.warning("Plain e-mail attachments not converted this time: " + e);
    }
  }

  /** Converts every row that still holds plain bytes; answers how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int convertAll() {
    List<Long> plain =
        em.createNamedQuery(QuarantinedAttachment.FIND_PLAIN, Long.class).getResultList();
    int converted = 0;
    for (Long id : plain) {
      if (self().convert(id)) {
        converted++;
      }
    }
    return converted;
  }

  /** Converts one row if it still holds plain bytes. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean convert(long id) {
    QuarantinedAttachment row =
        em.find(QuarantinedAttachment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null || row.plainContent() == null) {
      return false;
    }
    MailIntakeRecord intake = em.find(MailIntakeRecord.class, row.getMailIntakeId());
    ServiceRequest request =
        intake == null || intake.getRequestId() == null
            ? null
            : em.find(ServiceRequest.class, intake.getRequestId());
    filing.file(
        row,
        row.plainContent(),
        intake == null ? null : intake.getSender(),
        request,
        Instant.now());
    return true;
  }

  private PlainAttachments self() {
    return context.getBusinessObject(PlainAttachments.class);
  }
}

package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.FileVault;
import bg.omegasoft.pdm.control.MailFiler;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.QuarantinedFile;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Files that came by e-mail: those of a known client's sender go straight into that client's space;
 * those of an unknown sender wait encrypted in the quarantine for a short time (setting {@code
 * omex.quarantine.retentionDays}, 30 days) until staff release them into a client's space or delete
 * them, and the daily purge destroys the keys of those left over. Nothing of them is ever kept in
 * plain text, on disk or in the database.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Quarantine {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private MailFiler filer;
  @Inject private FileVault vault;
  @EJB private SpaceGate gate;
  @EJB private SpaceLog log;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * Files an attachment of a mail in the caller's transaction: into the client's space when the
   * sender belongs to a known client ({@code clientId}), else into the quarantine. {@code source}
   * names the mail (e.g. the request number).
   */
  @PermitAll
  public FiledAttachment fileFromMail(
      Long clientId, String sender, String source, String name, byte[] content) {
    return filer.file(clientId, sender, source, name, content, Instant.now(clock));
  }

  /** The files waiting in the quarantine, newest first. */
  public List<QuarantinedFile> held() {
    return em.createNamedQuery(QuarantinedFile.FIND_HELD, QuarantinedFile.class)
        .setParameter("held", QuarantinedFile.State.HELD)
        .getResultList();
  }

  /**
   * Moves a held file into a client's space the caller may enter: the encrypted content and its
   * wrapped key become the space's file unchanged (no plaintext on the way).
   */
  public PdmFile release(long quarantineId, long clientId) {
    SpaceGate.Entry entry = gate.enter(clientId);
    QuarantinedFile held = heldFile(quarantineId);
    Instant now = Instant.now(clock);
    PdmFile.Content content = held.release(entry.user().getUsername(), now);
    PdmFile file =
        filer.intoSpace(
            clientId, held.getName(), content, "released from quarantine #" + quarantineId, now);
    held.releasedAs(file.getId());
    log.record(
        clientId,
        entry.user(),
        entry.side(),
        SpaceEvent.Action.FILE_UPLOADED,
        file,
        "released from the e-mail quarantine #" + quarantineId);
    audit.record(
        "QUARANTINE_RELEASED", "QuarantinedFile", quarantineId, "PDM file " + file.getId());
    return file;
  }

  /** Deletes a held file: its data key is destroyed, its content removed on commit. */
  public void delete(long quarantineId) {
    QuarantinedFile held = heldFile(quarantineId);
    held.delete(session.getCallerPrincipal().getName(), Instant.now(clock));
    vault.discardWhenCommitted(held.getStorageName());
    audit.record("QUARANTINE_DELETED", "QuarantinedFile", quarantineId, null);
  }

  /**
   * Expires every held file whose retention ended at {@code now}; answers how many. Each server may
   * run it: a file another server expired meanwhile is skipped (state check, version column).
   */
  @RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
  public int purge(Instant now) {
    List<Long> due =
        em.createNamedQuery(QuarantinedFile.FIND_DUE, Long.class)
            .setParameter("held", QuarantinedFile.State.HELD)
            .setParameter("now", now)
            .getResultList();
    int expired = 0;
    for (Long id : due) {
      QuarantinedFile held = em.find(QuarantinedFile.class, id);
      if (held != null && held.isDueAt(now)) {
        held.expire(now);
        vault.discardWhenCommitted(held.getStorageName());
        expired++;
      }
    }
    if (expired > 0) {
      audit.recordAs("system", "QUARANTINE_PURGED", "QuarantinedFile", null, expired + " files");
    }
    return expired;
  }

  /** What the quarantine holds or held from a sender address (data subject export). */
  @RolesAllowed(Roles.ADMIN)
  public List<QuarantinedFile> from(String sender) {
    return em.createNamedQuery(QuarantinedFile.FIND_BY_SENDER, QuarantinedFile.class)
        .setParameter("sender", sender)
        .getResultList();
  }

  /**
   * Erasure for a data subject: held files of the address are deleted (key destroyed, content
   * removed) and the address is replaced by the pseudonym on every record; answers how many files
   * were deleted.
   */
  @RolesAllowed(Roles.ADMIN)
  public int erase(String sender, String pseudonym) {
    int deleted = 0;
    Instant now = Instant.now(clock);
    for (QuarantinedFile file : from(sender)) {
      if (file.isHeld()) {
        file.delete(session.getCallerPrincipal().getName(), now);
        vault.discardWhenCommitted(file.getStorageName());
        deleted++;
      }
    }
    em.flush();
    em.createQuery(
            "update QuarantinedFile q set q.sender = :pseudonym where lower(q.sender) = lower(:sender)")
        .setParameter("pseudonym", pseudonym)
        .setParameter("sender", sender)
        .executeUpdate();
    return deleted;
  }

  private QuarantinedFile heldFile(long id) {
    QuarantinedFile held = em.find(QuarantinedFile.class, id);
    if (held == null || !held.isHeld()) {
      throw new UnknownFileException(id);
    }
    return held;
  }
}

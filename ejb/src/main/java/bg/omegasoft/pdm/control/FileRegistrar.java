package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.SpaceEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records a file whose encrypted content was just stored, in one short transaction of its own: the
 * record, the audit entry and the arrival notices exist together or not at all, and if the
 * transaction does not commit the stored content is removed again. (The upload itself streams
 * outside any transaction, so a slow sender holds no database connection.)
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
public class FileRegistrar {

  /** What the uploader said about the file. */
  public record Upload(
      Long folderId, String name, LegalBasis legalBasis, String purpose, Duration retention) {}

  @PersistenceContext private EntityManager em;
  @EJB private SpaceLog log;
  @EJB private SpaceGate gate;
  @Inject private FileVault vault;
  @Inject private Notifier notifier;

  private final Clock clock = Clock.systemUTC();

  public PdmFile register(SpaceGate.Entry entry, Upload upload, PdmFile.Content stored) {
    vault.discardUnlessCommitted(stored.storageName());
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    User uploader = em.find(User.class, entry.user().getId());
    PdmFile file =
        new PdmFile(
            entry.clientId(),
            upload.folderId(),
            upload.name(),
            stored,
            new PdmFile.Origin(
                uploader,
                entry.side(),
                upload.legalBasis(),
                upload.purpose(),
                now,
                now.plus(upload.retention())));
    em.persist(file);
    em.flush();
    log.record(
        entry.clientId(),
        uploader,
        entry.side(),
        SpaceEvent.Action.FILE_UPLOADED,
        file,
        file.getSizeBytes() + " B, SHA-256 " + file.getSha256());
    notifier.arrived(file, gate.clientName(entry.clientId()), now);
    return file;
  }
}

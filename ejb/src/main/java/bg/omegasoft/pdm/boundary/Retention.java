package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.FileVault;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.FileState;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.QuarantinedFile;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The work of the nightly {@code pdm-retention} job: files whose retention period ended lose their
 * data key (crypto-shredding) and their encrypted content, each recorded in its space's audit; then
 * encrypted files that no record needs are swept away.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class Retention {

  /** Stored content without a record is removed only when older than this (uploads in flight). */
  static final Duration ORPHAN_AGE = Duration.ofDays(1);

  @PersistenceContext private EntityManager em;
  @EJB private SpaceLog log;
  @EJB private AuditTrail audit;
  @Inject private FileVault vault;

  private final Clock clock = Clock.systemUTC();

  /** Ids of active files whose retention period has ended, ascending. */
  public List<Long> due() {
    return em.createNamedQuery(PdmFile.FIND_DUE, Long.class)
        .setParameter("active", FileState.ACTIVE)
        .setParameter("now", Instant.now(clock))
        .getResultList();
  }

  /** Expires the given files if they are still due; answers how many. */
  public int expire(List<Long> ids) {
    Instant now = Instant.now(clock);
    int expired = 0;
    for (Long id : ids) {
      PdmFile file = em.find(PdmFile.class, id);
      if (file != null && file.isDueAt(now)) {
        file.expire(now);
        log.recordSystem(
            file.getClientId(),
            SpaceEvent.Action.FILE_EXPIRED,
            file,
            "retention ended " + file.getRetainUntil() + "; data key destroyed");
        vault.discardWhenCommitted(file.getStorageName());
        expired++;
      }
    }
    if (expired > 0) {
      audit.record("PDM_FILES_EXPIRED", "PdmFile", null, expired + " files");
    }
    return expired;
  }

  /**
   * Removes stored content no active file and no held quarantined file needs; answers how many
   * files went.
   */
  public int sweep() {
    List<String> active =
        em.createQuery("select f.storageName from PdmFile f where f.state = :active", String.class)
            .setParameter("active", FileState.ACTIVE)
            .getResultList();
    Set<String> keep = new HashSet<>(active);
    keep.addAll(
        em.createQuery(
                "select q.storageName from QuarantinedFile q where q.state = :held", String.class)
            .setParameter("held", QuarantinedFile.State.HELD)
            .getResultList());
    int removed = vault.sweep(keep, Instant.now(clock).minus(ORPHAN_AGE));
    if (removed > 0) {
      audit.record("PDM_STORAGE_SWEPT", "PdmFile", null, removed + " stored files");
    }
    return removed;
  }
}

package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.PdmConfiguration;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.FileState;
import bg.omegasoft.pdm.entity.Folder;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Space;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The spaces the caller may enter, their folders and their retention setting. Any signed-in role
 * may call; what each caller sees is decided per space by {@link SpaceGate}.
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
public class Spaces {

  @PersistenceContext private EntityManager em;
  @EJB private SpaceGate gate;
  @EJB private SpaceLog log;

  private final Clock clock = Clock.systemUTC();

  /** The spaces the caller may enter, by client name. */
  public List<SpaceSummary> mine() {
    return gate.enterable().stream()
        .map(this::open)
        .sorted(Comparator.comparing(SpaceSummary::clientName))
        .toList();
  }

  public SpaceSummary open(long clientId) {
    SpaceGate.Entry entry = gate.enter(clientId);
    return new SpaceSummary(
        clientId, gate.clientName(clientId), entry.access(), retentionDays(clientId));
  }

  public List<Folder> folders(long clientId) {
    gate.enter(clientId);
    return em.createNamedQuery(Folder.FIND_BY_SPACE, Folder.class)
        .setParameter("clientId", clientId)
        .getResultList();
  }

  public Folder createFolder(long clientId, String name) {
    SpaceGate.Entry entry = gate.enter(clientId);
    String normalised = Folder.normaliseName(name);
    if (normalised == null) {
      throw new InvalidInputException("folderName", "pdm.folder.nameInvalid");
    }
    boolean taken =
        folders(clientId).stream().anyMatch(f -> f.getName().equalsIgnoreCase(normalised));
    if (taken) {
      throw new InvalidInputException("folderName", "pdm.folder.nameTaken");
    }
    Folder folder = new Folder(clientId, normalised, entry.user().getId(), Instant.now(clock));
    em.persist(folder);
    log.record(
        clientId, entry.user(), entry.side(), SpaceEvent.Action.FOLDER_CREATED, null, normalised);
    return folder;
  }

  /** Deletes an empty folder: the client's administrators any, others the ones they created. */
  public void deleteFolder(long clientId, long folderId) {
    SpaceGate.Entry entry = gate.enter(clientId);
    Folder folder = folder(clientId, folderId);
    if (!entry.access().mayManageAccess() && !folder.getCreatedBy().equals(entry.user().getId())) {
      throw new SpaceActionRefusedException();
    }
    long active =
        em.createNamedQuery(PdmFile.COUNT_IN_FOLDER, Long.class)
            .setParameter("folderId", folderId)
            .setParameter("active", FileState.ACTIVE)
            .getSingleResult();
    if (active > 0) {
      throw new FolderNotEmptyException();
    }
    em.createQuery("update PdmFile f set f.folderId = null where f.folderId = :folderId")
        .setParameter("folderId", folderId)
        .executeUpdate();
    em.remove(folder);
    log.record(
        clientId,
        entry.user(),
        entry.side(),
        SpaceEvent.Action.FOLDER_DELETED,
        null,
        folder.getName());
  }

  /** The retention of new files in the space, in days. */
  public int retentionDays(long clientId) {
    gate.enter(clientId);
    Space space = em.find(Space.class, clientId);
    int platform = PdmConfiguration.defaultRetentionDays();
    return space == null || space.getRetentionDays() == null ? platform : space.getRetentionDays();
  }

  /** The client's administrators set how long new files are kept (null: the platform default). */
  public void keepFilesFor(long clientId, Integer days) {
    SpaceGate.Entry entry = gate.enter(clientId);
    if (!entry.access().mayManageAccess()) {
      throw new SpaceActionRefusedException();
    }
    if (days != null && !Space.isValidRetention(days)) {
      throw new InvalidInputException("retentionDays", "pdm.retention.invalid");
    }
    Space space = em.find(Space.class, clientId);
    space.keepFilesFor(days);
    log.record(
        clientId,
        entry.user(),
        entry.side(),
        SpaceEvent.Action.RETENTION_CHANGED,
        null,
        days == null ? "default " + PdmConfiguration.defaultRetentionDays() : days + " days");
  }

  /** A folder of the space; the same "unknown folder" for a folder of another space. */
  public Folder folder(long clientId, long folderId) {
    gate.enter(clientId);
    Folder folder = em.find(Folder.class, folderId);
    if (folder == null || folder.getClientId() != clientId) {
      throw new InvalidInputException("folder", "pdm.folder.unknown");
    }
    return folder;
  }
}

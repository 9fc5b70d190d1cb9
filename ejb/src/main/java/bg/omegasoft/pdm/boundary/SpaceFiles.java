package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.FileRegistrar;
import bg.omegasoft.pdm.control.FileVault;
import bg.omegasoft.pdm.control.PdmConfiguration;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.FileState;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Space;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of the spaces: listing, upload, download, deletion, and references for other
 * capabilities. A file id of a space the caller may not enter answers exactly like an id that does
 * not exist ({@link UnknownFileException}); a deleted or expired file of the caller's own space
 * answers {@link FileGoneException}.
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
public class SpaceFiles {

  static final int MIN_PURPOSE = 3;
  static final int MAX_PURPOSE = 500;

  @PersistenceContext private EntityManager em;
  @EJB private SpaceGate gate;
  @EJB private SpaceLog log;
  @EJB private FileRegistrar registrar;
  @EJB private Spaces spaces;
  @Inject private FileVault vault;

  private final Clock clock = Clock.systemUTC();

  /** The active files of a space, newest first; of one folder when {@code folderId} is given. */
  public List<PdmFile> files(long clientId, Long folderId) {
    gate.enter(clientId);
    Instant now = Instant.now(clock);
    return em.createNamedQuery(PdmFile.FIND_ACTIVE_IN_SPACE, PdmFile.class)
        .setParameter("clientId", clientId)
        .setParameter("active", FileState.ACTIVE)
        .getResultStream()
        .filter(f -> f.isAvailableAt(now))
        .filter(f -> folderId == null || folderId.equals(f.getFolderId()))
        .toList();
  }

  /** A file's record (never its content). */
  public PdmFile file(long fileId) {
    gate.enterFor(fileId);
    return available(fileId);
  }

  /**
   * Stores a file in a space. The content streams through the size limit, the type check, SHA-256
   * and the encryption to disk without a transaction; the record follows in a short one.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PdmFile upload(NewFile request, InputStream content) {
    String purpose = request.purpose() == null ? "" : PlainText.text(request.purpose()).strip();
    if (request.legalBasis() == null) {
      throw new InvalidInputException("legalBasis", "pdm.legalBasis.required");
    }
    if (purpose.length() < MIN_PURPOSE || purpose.length() > MAX_PURPOSE) {
      throw new InvalidInputException("purpose", "pdm.purpose.required");
    }
    if (request.retentionDays() != null && !Space.isValidRetention(request.retentionDays())) {
      throw new InvalidInputException("retentionDays", "pdm.retention.invalid");
    }
    SpaceGate.Entry entry = gate.enter(request.clientId());
    if (request.folderId() != null) {
      spaces.folder(request.clientId(), request.folderId());
    }
    String name = PlainText.fileName(request.name());
    PdmFile.Content stored =
        vault.store(content, name, PdmConfiguration.maxBytes(), request.declaredLength());
    int days =
        request.retentionDays() != null
            ? request.retentionDays()
            : spaces.retentionDays(request.clientId());
    try {
      return registrar.register(
          entry,
          new FileRegistrar.Upload(
              request.folderId(), name, request.legalBasis(), purpose, Duration.ofDays(days)),
          stored);
    } catch (RuntimeException e) {
      vault.discard(stored.storageName());
      throw e;
    }
  }

  /**
   * Prepares a download: checks access, verifies the whole stored file, and records the download in
   * the space's audit before anything is sent. A changed file is refused and the refusal recorded.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public FileDownload download(long fileId) {
    SpaceGate.Entry entry = gate.enterFor(fileId);
    PdmFile file = available(fileId);
    try {
      vault.verify(file);
    } catch (TamperedFileException e) {
      log.record(
          entry.clientId(),
          entry.user(),
          entry.side(),
          SpaceEvent.Action.FILE_TAMPERED,
          file,
          "integrity check failed; download refused");
      throw e;
    }
    log.record(
        entry.clientId(),
        entry.user(),
        entry.side(),
        SpaceEvent.Action.FILE_DOWNLOADED,
        file,
        null);
    return new FileDownload(file, vault);
  }

  /**
   * Deletes a file: its data key is destroyed at once (the content can never be read again) and the
   * encrypted content removed from disk when the deletion commits.
   */
  public void delete(long fileId) {
    SpaceGate.Entry entry = gate.enterFor(fileId);
    PdmFile file = available(fileId);
    if (!entry.access().mayDelete(file, entry.user().getId())) {
      throw new SpaceActionRefusedException();
    }
    file.delete(entry.user().getId(), Instant.now(clock));
    log.record(
        entry.clientId(), entry.user(), entry.side(), SpaceEvent.Action.FILE_DELETED, file, null);
    vault.discardWhenCommitted(file.getStorageName());
  }

  /**
   * A reference to a file for another capability (the service desk links files to requests), only
   * when the caller may enter the file's space; empty otherwise, and for unknown ids alike.
   */
  public Optional<FileReference> reference(long fileId) {
    SpaceGate.Entry entry;
    try {
      entry = gate.enterFor(fileId);
    } catch (UnknownFileException notVisible) {
      return Optional.empty();
    }
    PdmFile file = em.find(PdmFile.class, fileId);
    return Optional.of(
        new FileReference(
            file.getId(),
            entry.clientId(),
            gate.clientName(entry.clientId()),
            file.getName(),
            file.getSizeBytes(),
            file.getSha256(),
            file.isAvailableAt(Instant.now(clock))));
  }

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return PdmConfiguration.maxBytes();
  }

  /** The allowed file name extensions. */
  public Set<String> allowedTypes() {
    return PdmConfiguration.allowedTypes();
  }

  private PdmFile available(long fileId) {
    PdmFile file = em.find(PdmFile.class, fileId);
    if (file == null) {
      throw new UnknownFileException(fileId);
    }
    if (!file.isAvailableAt(Instant.now(clock))) {
      throw new FileGoneException(fileId);
    }
    return file;
  }
}

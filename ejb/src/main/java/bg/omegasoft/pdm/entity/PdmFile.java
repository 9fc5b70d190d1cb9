package bg.omegasoft.pdm.entity;

import bg.omegasoft.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A file exchanged in a space. The content is on disk, encrypted with a key of its own; this record
 * holds that key only wrapped by the master key, and drops it when the file ends (deleted or
 * expired), which makes the encrypted content unreadable for good (crypto-shredding). The record
 * itself stays as a tombstone so that the audit and a late download attempt can name what it was.
 */
@Entity
@Table(name = "pdm_file")
@NamedQuery(
    name = PdmFile.FIND_ACTIVE_IN_SPACE,
    query =
        "select f from PdmFile f where f.clientId = :clientId and f.state = :active"
            + " order by f.uploadedAt desc, f.id desc")
@NamedQuery(
    name = PdmFile.FIND_DUE,
    query =
        "select f.id from PdmFile f where f.state = :active and f.retainUntil <= :now order by f.id")
@NamedQuery(
    name = PdmFile.FIND_BY_UPLOADER,
    query = "select f from PdmFile f where f.uploadedBy = :user order by f.uploadedAt")
@NamedQuery(
    name = PdmFile.COUNT_IN_FOLDER,
    query = "select count(f) from PdmFile f where f.folderId = :folderId and f.state = :active")
public class PdmFile {

  public static final String FIND_ACTIVE_IN_SPACE = "PdmFile.findActiveInSpace";
  public static final String FIND_DUE = "PdmFile.findDue";
  public static final String FIND_BY_UPLOADER = "PdmFile.findByUploader";
  public static final String COUNT_IN_FOLDER = "PdmFile.countInFolder";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "folder_id")
  private Long folderId;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 30)
  private LegalBasis legalBasis;

  @Column(nullable = false, length = 500)
  private String purpose;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "uploaded_by", nullable = false)
  private User uploadedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "uploader_side", nullable = false, length = 10)
  private Side uploaderSide;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "retain_until", nullable = false)
  private Instant retainUntil;

  @Column(name = "storage_name", nullable = false, length = 36)
  private String storageName;

  @Column(name = "wrapped_key", length = 64)
  private byte[] wrappedKey;

  @Column(name = "master_key_id", nullable = false, length = 16)
  private String masterKeyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FileState state = FileState.ACTIVE;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private Long endedBy;

  @Version private int version;

  protected PdmFile() {}

  /** What is known of a file when its encrypted content has been stored. */
  public record Content(
      String storageName,
      long sizeBytes,
      String sha256,
      String contentType,
      byte[] wrappedKey,
      String masterKeyId) {}

  /** Who uploaded a file, why, and for how long it is kept. */
  public record Origin(
      User uploadedBy,
      Side side,
      LegalBasis legalBasis,
      String purpose,
      Instant uploadedAt,
      Instant retainUntil) {}

  public PdmFile(long clientId, Long folderId, String name, Content content, Origin origin) {
    this.clientId = clientId;
    this.folderId = folderId;
    this.name = name;
    this.storageName = content.storageName();
    this.sizeBytes = content.sizeBytes();
    this.sha256 = content.sha256();
    this.contentType = content.contentType();
    this.wrappedKey = content.wrappedKey().clone();
    this.masterKeyId = content.masterKeyId();
    this.uploadedBy = origin.uploadedBy();
    this.uploaderSide = origin.side();
    this.legalBasis = origin.legalBasis();
    this.purpose = origin.purpose();
    this.uploadedAt = origin.uploadedAt();
    this.retainUntil = origin.retainUntil();
  }

  public boolean isActive() {
    return state == FileState.ACTIVE;
  }

  /** Whether the retention period has ended at the given moment. */
  public boolean isDueAt(Instant now) {
    return isActive() && !now.isBefore(retainUntil);
  }

  /** Whether the file may still be downloaded: active and within its retention period. */
  public boolean isAvailableAt(Instant now) {
    return isActive() && now.isBefore(retainUntil);
  }

  /** Deleted by a person: the data key is forgotten, the content cannot be read any more. */
  public void delete(long byUserId, Instant now) {
    end(FileState.DELETED, byUserId, now);
  }

  /** Its retention period ended: the data key is forgotten, the content cannot be read any more. */
  public void expire(Instant now) {
    end(FileState.EXPIRED, null, now);
  }

  private void end(FileState newState, Long byUserId, Instant now) {
    if (!isActive()) {
      return;
    }
    java.util.Arrays.fill(wrappedKey, (byte) 0);
    wrappedKey = null;
    state = newState;
    endedBy = byUserId;
    endedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getFolderId() {
    return folderId;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public User getUploadedBy() {
    return uploadedBy;
  }

  public Side getUploaderSide() {
    return uploaderSide;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Instant getRetainUntil() {
    return retainUntil;
  }

  public String getStorageName() {
    return storageName;
  }

  /** The wrapped data key (a copy); null once the file has ended. */
  public byte[] wrappedKey() {
    return wrappedKey == null ? null : wrappedKey.clone();
  }

  public String getMasterKeyId() {
    return masterKeyId;
  }

  public FileState getState() {
    return state;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Long getEndedBy() {
    return endedBy;
  }
}

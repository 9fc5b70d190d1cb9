package bg.omegasoft.pdm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;

/**
 * A file that came by e-mail from a sender of no known client, kept encrypted exactly like a
 * space's file (content in the file store, data key wrapped by the master key) for a short time.
 * Staff release it into a client's space (the encrypted content and its key move there unchanged)
 * or delete it; otherwise it expires. When it ends here its wrapped key is dropped, so what stays
 * is a tombstone that names what it was.
 */
@Entity
@Table(name = "pdm_quarantine")
@NamedQuery(
    name = QuarantinedFile.FIND_HELD,
    query = "select q from QuarantinedFile q where q.state = :held order by q.receivedAt desc")
@NamedQuery(
    name = QuarantinedFile.FIND_DUE,
    query =
        "select q.id from QuarantinedFile q where q.state = :held and q.retainUntil <= :now"
            + " order by q.id")
@NamedQuery(
    name = QuarantinedFile.FIND_BY_SENDER,
    query =
        "select q from QuarantinedFile q where lower(q.sender) = lower(:sender)"
            + " order by q.receivedAt")
public class QuarantinedFile {

  public static final String FIND_HELD = "QuarantinedFile.findHeld";
  public static final String FIND_DUE = "QuarantinedFile.findDue";
  public static final String FIND_BY_SENDER = "QuarantinedFile.findBySender";

  /** Where a quarantined file stands. */
  public enum State {
    HELD,
    RELEASED,
    DELETED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(length = 254)
  private String sender;

  @Column(length = 100)
  private String source;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

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
  private State state = State.HELD;

  @Column(name = "released_file_id")
  private Long releasedFileId;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 100)
  private String endedBy;

  @Version private int version;

  protected QuarantinedFile() {}

  public QuarantinedFile(
      String name,
      PdmFile.Content content,
      String sender,
      String source,
      Instant receivedAt,
      Instant retainUntil) {
    this.name = name;
    this.storageName = content.storageName();
    this.sizeBytes = content.sizeBytes();
    this.sha256 = content.sha256();
    this.contentType = content.contentType();
    this.wrappedKey = content.wrappedKey().clone();
    this.masterKeyId = content.masterKeyId();
    this.sender = sender;
    this.source = source == null || source.length() <= 100 ? source : source.substring(0, 100);
    this.receivedAt = receivedAt;
    this.retainUntil = retainUntil;
  }

  public boolean isHeld() {
    return state == State.HELD;
  }

  /** Whether its short retention ended at the given moment. */
  public boolean isDueAt(Instant now) {
    return isHeld() && !now.isBefore(retainUntil);
  }

  /**
   * The encrypted content and its wrapped key, to become a file of a client's space; the quarantine
   * forgets the key.
   */
  public PdmFile.Content release(String by, Instant now) {
    PdmFile.Content content =
        new PdmFile.Content(storageName, sizeBytes, sha256, contentType, wrappedKey, masterKeyId);
    end(State.RELEASED, by, now);
    return content;
  }

  /** Records which space file it became. */
  public void releasedAs(long fileId) {
    this.releasedFileId = fileId;
  }

  /** Deleted by staff or on a data subject's request: the data key is destroyed. */
  public void delete(String by, Instant now) {
    end(State.DELETED, by, now);
  }

  /** Its retention ended: the data key is destroyed. */
  public void expire(Instant now) {
    end(State.EXPIRED, null, now);
  }

  private void end(State newState, String by, Instant now) {
    if (!isHeld()) {
      throw new IllegalStateException("quarantined file " + id + " is " + state);
    }
    if (newState != State.RELEASED) {
      Arrays.fill(wrappedKey, (byte) 0);
    }
    wrappedKey = null;
    state = newState;
    endedBy = by;
    endedAt = now;
  }

  public Long getId() {
    return id;
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

  public String getSender() {
    return sender;
  }

  public String getSource() {
    return source;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getRetainUntil() {
    return retainUntil;
  }

  public String getStorageName() {
    return storageName;
  }

  public State getState() {
    return state;
  }

  public Long getReleasedFileId() {
    return releasedFileId;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}

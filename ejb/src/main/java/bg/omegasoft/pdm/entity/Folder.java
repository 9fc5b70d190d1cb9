package bg.omegasoft.pdm.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A folder of a space (one level: spaces hold a handful of topics, not a tree). */
@Entity
@Table(name = "pdm_folder")
@NamedQuery(
    name = Folder.FIND_BY_SPACE,
    query = "select f from Folder f where f.clientId = :clientId order by f.name")
public class Folder {

  public static final String FIND_BY_SPACE = "Folder.findBySpace";
  public static final int MAX_NAME = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  protected Folder() {}

  public Folder(long clientId, String name, long createdBy, Instant createdAt) {
    this.clientId = clientId;
    this.name = name;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * A folder name as given, as one line of plain text ({@link PlainText#line}) with surrounding and
   * repeated spaces removed; null when it is empty, too long, or holds characters of paths.
   */
  public static String normaliseName(String name) {
    if (name == null) {
      return null;
    }
    String cleaned = PlainText.line(name).strip().replaceAll("\\s+", " ");
    if (cleaned.isEmpty()
        || cleaned.length() > MAX_NAME
        || cleaned.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))
        || cleaned.equals(".")
        || cleaned.equals("..")) {
      return null;
    }
    return cleaned;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getCreatedBy() {
    return createdBy;
  }
}

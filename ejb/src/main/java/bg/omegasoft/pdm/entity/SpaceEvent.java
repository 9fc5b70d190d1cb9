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
import java.time.Instant;

/**
 * One entry of a space's audit: who (and on which side) did what to which file, when, and from
 * which address. Entries are only ever added.
 */
@Entity
@Table(name = "pdm_event")
@NamedQuery(
    name = SpaceEvent.FIND_BY_SPACE,
    query =
        "select e from SpaceEvent e where e.clientId = :clientId"
            + " and e.occurredAt >= :from and e.occurredAt < :to"
            + " order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = SpaceEvent.FIND_BY_SPACE_AND_SIDE,
    query =
        "select e from SpaceEvent e where e.clientId = :clientId"
            + " and e.occurredAt >= :from and e.occurredAt < :to and e.actorSide = :side"
            + " order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = SpaceEvent.FIND_BY_ACTOR,
    query = "select e from SpaceEvent e where e.actorUserId = :userId order by e.occurredAt, e.id")
public class SpaceEvent {

  public static final String FIND_BY_SPACE = "SpaceEvent.findBySpace";
  public static final String FIND_BY_SPACE_AND_SIDE = "SpaceEvent.findBySpaceAndSide";
  public static final String FIND_BY_ACTOR = "SpaceEvent.findByActor";

  /** What can happen in a space. */
  public enum Action {
    FILE_UPLOADED,
    FILE_DOWNLOADED,
    FILE_DELETED,
    FILE_EXPIRED,
    FILE_TAMPERED,
    FOLDER_CREATED,
    FOLDER_DELETED,
    ACCESS_GRANTED,
    ACCESS_REVOKED,
    STAFF_ASSIGNED,
    STAFF_UNASSIGNED,
    RETENTION_CHANGED,
    SUBJECT_EXPORTED,
    SUBJECT_ANONYMISED;

    public String messageKey() {
      return "pdm.action." + name();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "actor_name", length = 200)
  private String actorName;

  @Column(name = "actor_user_id")
  private Long actorUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_side", nullable = false, length = 10)
  private Side actorSide;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Action action;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(length = 500)
  private String detail;

  @Column(name = "source_address", length = 45)
  private String sourceAddress;

  protected SpaceEvent() {}

  /** Who acted: user name, full name, user id (null for the platform itself) and side. */
  public record Actor(String username, String fullName, Long userId, Side side) {}

  public SpaceEvent(
      long clientId,
      Instant occurredAt,
      Actor actor,
      Action action,
      PdmFile file,
      String detail,
      String sourceAddress) {
    this.clientId = clientId;
    this.occurredAt = occurredAt;
    this.actor = actor.username();
    this.actorName = actor.fullName();
    this.actorUserId = actor.userId();
    this.actorSide = actor.side();
    this.action = action;
    this.fileId = file == null ? null : file.getId();
    this.fileName = file == null ? null : file.getName();
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    this.sourceAddress = sourceAddress;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public Long getActorUserId() {
    return actorUserId;
  }

  public Side getActorSide() {
    return actorSide;
  }

  public Action getAction() {
    return action;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getDetail() {
    return detail;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }
}

package bg.omegasoft.pdm.entity;

import bg.omegasoft.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person of the vendor whom an ADMIN assigned to a client: the only vendor people who may enter
 * its space.
 */
@Entity
@Table(name = "pdm_assignment")
@NamedQuery(
    name = StaffAssignment.FIND_BY_SPACE,
    query = "select a from StaffAssignment a where a.clientId = :clientId order by a.user.fullName")
@NamedQuery(
    name = StaffAssignment.FIND,
    query = "select a from StaffAssignment a where a.clientId = :clientId and a.user.id = :userId")
@NamedQuery(
    name = StaffAssignment.FIND_BY_USER,
    query = "select a from StaffAssignment a where a.user.id = :userId")
public class StaffAssignment {

  public static final String FIND_BY_SPACE = "StaffAssignment.findBySpace";
  public static final String FIND = "StaffAssignment.find";
  public static final String FIND_BY_USER = "StaffAssignment.findByUser";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false)
  private Long assignedBy;

  protected StaffAssignment() {}

  public StaffAssignment(long clientId, User user, long assignedBy, Instant assignedAt) {
    this.clientId = clientId;
    this.user = user;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public User getUser() {
    return user;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Long getAssignedBy() {
    return assignedBy;
  }
}

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

/** A user of the client company whom a client administrator let into the company's space. */
@Entity
@Table(name = "pdm_grant")
@NamedQuery(
    name = AccessGrant.FIND_BY_SPACE,
    query = "select g from AccessGrant g where g.clientId = :clientId order by g.user.fullName")
@NamedQuery(
    name = AccessGrant.FIND,
    query = "select g from AccessGrant g where g.clientId = :clientId and g.user.id = :userId")
@NamedQuery(
    name = AccessGrant.FIND_BY_USER,
    query = "select g from AccessGrant g where g.user.id = :userId")
public class AccessGrant {

  public static final String FIND_BY_SPACE = "AccessGrant.findBySpace";
  public static final String FIND = "AccessGrant.find";
  public static final String FIND_BY_USER = "AccessGrant.findByUser";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "granted_by", nullable = false)
  private Long grantedBy;

  protected AccessGrant() {}

  public AccessGrant(long clientId, User user, long grantedBy, Instant grantedAt) {
    this.clientId = clientId;
    this.user = user;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
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

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Long getGrantedBy() {
    return grantedBy;
  }
}

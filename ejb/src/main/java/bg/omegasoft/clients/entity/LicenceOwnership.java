package bg.omegasoft.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One period in which a company owned a licence; the current one has no end. */
@Entity
@Table(name = "licence_ownership")
public class LicenceOwnership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "licence_id")
  private Licence licence;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id")
  private Client owner;

  @Column(name = "owned_from", nullable = false)
  private Instant ownedFrom;

  @Column(name = "owned_until")
  private Instant ownedUntil;

  @Column(name = "legal_ground", length = 500)
  private String legalGround;

  @Column(length = 100)
  private String reference;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected LicenceOwnership() {}

  LicenceOwnership(
      Licence licence,
      Client owner,
      Instant from,
      String legalGround,
      String reference,
      String recordedBy) {
    this.licence = licence;
    this.owner = owner;
    this.ownedFrom = from;
    this.legalGround = legalGround;
    this.reference = reference;
    this.recordedBy = recordedBy;
  }

  boolean isCurrent() {
    return ownedUntil == null;
  }

  void endAt(Instant when) {
    ownedUntil = when;
  }

  public Long getId() {
    return id;
  }

  public Client getOwner() {
    return owner;
  }

  public Instant getOwnedFrom() {
    return ownedFrom;
  }

  public Instant getOwnedUntil() {
    return ownedUntil;
  }

  public String getLegalGround() {
    return legalGround;
  }

  public String getReference() {
    return reference;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}

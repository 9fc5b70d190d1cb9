package bg.omegasoft.contracts.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a contract's history: who did what, when. */
@Entity
@Table(name = "contract_event")
public class ContractEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  private Instant at;

  private String actor;

  @Enumerated(EnumType.STRING)
  private EventKind kind;

  private String detail;

  protected ContractEvent() {}

  ContractEvent(Contract contract, Instant at, String actor, EventKind kind, String detail) {
    this.contract = contract;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public EventKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }
}

package bg.omegasoft.contracts.entity;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The client's needs and expectations, clarified before any contract (the charter): the volume of
 * work and what the client wants. A named manager then decides whether the vendor can deliver the
 * volume and quality asked; only an approved assessment lets a contract be concluded.
 */
@Entity
@Table(name = "contract_assessment")
@NamedQuery(
    name = Assessment.FIND_ALL,
    query = "select a from Assessment a order by a.recordedAt desc")
@NamedQuery(
    name = Assessment.FIND_BY_DECISION,
    query = "select a from Assessment a where a.decision = :decision order by a.recordedAt")
public class Assessment {

  public static final String FIND_ALL = "Assessment.findAll";
  public static final String FIND_BY_DECISION = "Assessment.findByDecision";

  /** What a named manager states by approving. */
  public static final String APPROVAL_STATEMENT = "contracts.approval.statement";

  /** What staff record about the client's needs. */
  public record Needs(
      int employees,
      int sites,
      String products,
      BigDecimal expectedHoursPerMonth,
      Set<ServiceType> wantedTypes,
      String responseTerms,
      String outsourcing,
      String notes) {

    /** Checks the figures; a failing field is named with its message key. */
    public void check() {
      if (employees < 0) {
        throw new InvalidInputException("employees", "contracts.assessment.employeesInvalid");
      }
      if (sites < 0) {
        throw new InvalidInputException("sites", "contracts.assessment.sitesInvalid");
      }
      if (expectedHoursPerMonth == null || expectedHoursPerMonth.signum() < 0) {
        throw new InvalidInputException("expectedHours", "contracts.assessment.hoursInvalid");
      }
      if (wantedTypes == null || wantedTypes.isEmpty()) {
        throw new InvalidInputException("wantedTypes", "contracts.assessment.typesRequired");
      }
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "client_id")
  private Client client;

  private int employees;

  private int sites;

  private String products;

  @Column(name = "expected_hours", precision = 7, scale = 2)
  private BigDecimal expectedHoursPerMonth;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "contract_assessment_type",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @Column(name = "service_type")
  @Enumerated(EnumType.STRING)
  private Set<ServiceType> wantedTypes = new HashSet<>();

  @Column(name = "response_terms")
  private String responseTerms;

  private String outsourcing;

  private String notes;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  private Decision decision = Decision.PENDING;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_by_name")
  private String decidedByName;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version private int version;

  protected Assessment() {}

  public Assessment(Client client, Needs needs, Instant at, String by) {
    needs.check();
    this.client = client;
    this.employees = needs.employees();
    this.sites = needs.sites();
    this.products = blankToNull(needs.products());
    this.expectedHoursPerMonth = needs.expectedHoursPerMonth();
    this.wantedTypes = new HashSet<>(needs.wantedTypes());
    this.responseTerms = blankToNull(needs.responseTerms());
    this.outsourcing = blankToNull(needs.outsourcing());
    this.notes = blankToNull(needs.notes());
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /**
   * A named manager states that the vendor can deliver the volume and quality asked. The statement
   * must be confirmed explicitly; who and when are kept.
   */
  public void approve(
      boolean statementConfirmed, String note, String by, String byName, Instant at) {
    undecided();
    if (!statementConfirmed) {
      throw new InvalidInputException("statement", "contracts.approval.statementRequired");
    }
    decide(Decision.APPROVED, note, by, byName, at);
  }

  /** A named manager refuses: the vendor cannot deliver what is asked; the reason is required. */
  public void refuse(String reason, String by, String byName, Instant at) {
    undecided();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "contracts.approval.reasonRequired");
    }
    decide(Decision.REFUSED, reason, by, byName, at);
  }

  public boolean isApproved() {
    return decision == Decision.APPROVED;
  }

  private void undecided() {
    if (decision != Decision.PENDING) {
      throw new ContractRuleException("contracts.approval.alreadyDecided");
    }
  }

  private void decide(Decision outcome, String note, String by, String byName, Instant at) {
    this.decision = outcome;
    this.decisionNote = blankToNull(note);
    this.decidedBy = by;
    this.decidedByName = byName;
    this.decidedAt = at;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public int getEmployees() {
    return employees;
  }

  public int getSites() {
    return sites;
  }

  public String getProducts() {
    return products;
  }

  public BigDecimal getExpectedHoursPerMonth() {
    return expectedHoursPerMonth;
  }

  public Set<ServiceType> getWantedTypes() {
    return wantedTypes.isEmpty() ? Set.of() : EnumSet.copyOf(wantedTypes);
  }

  public String getResponseTerms() {
    return responseTerms;
  }

  public String getOutsourcing() {
    return outsourcing;
  }

  public String getNotes() {
    return notes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecidedByName() {
    return decidedByName;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public int getVersion() {
    return version;
  }
}

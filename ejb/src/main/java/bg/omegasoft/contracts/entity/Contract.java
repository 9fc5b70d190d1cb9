package bg.omegasoft.contracts.entity;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service contract with a client: individual scope and price in versions, a period that renewals
 * extend, and its history. It is concluded only when the client's needs assessment is approved by a
 * named manager (the charter: only once the vendor is sure it can deliver the volume and quality
 * asked). Dates are days in Sofia: the contract is in force from its start to its end, both
 * inclusive; a termination date is the first day it no longer applies.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.FIND_ALL, query = "select c from Contract c order by c.createdAt desc")
@NamedQuery(
    name = Contract.FIND_BY_CLIENT,
    query = "select c from Contract c where c.client.id = :client order by c.period.startDate desc")
@NamedQuery(
    name = Contract.FIND_CONCLUDED,
    query = "select c from Contract c where c.status <> :draft order by c.id")
@NamedQuery(
    name = Contract.FIND_ENDED,
    query =
        "select c from Contract c where c.status = :concluded and c.period.endDate < :today"
            + " order by c.id")
@NamedQuery(
    name = Contract.FIND_BY_ASSESSMENT,
    query = "select c from Contract c where c.assessment.id = :assessment order by c.id")
public class Contract {

  public static final String FIND_ALL = "Contract.findAll";
  public static final String FIND_BY_CLIENT = "Contract.findByClient";
  public static final String FIND_CONCLUDED = "Contract.findConcluded";
  public static final String FIND_ENDED = "Contract.findEnded";
  public static final String FIND_BY_ASSESSMENT = "Contract.findByAssessment";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** A fee period with its amount, as the terms in force on its first day say. */
  public record Fee(LocalDate start, LocalDate end, BigDecimal amount, int termsVersion) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_number")
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "client_id")
  private Client client;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Enumerated(EnumType.STRING)
  private ContractStatus status = ContractStatus.DRAFT;

  @Embedded private ContractPeriod period;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @Column(name = "termination_reason")
  private String terminationReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("number")
  private List<TermsVersion> terms = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("at")
  private List<ContractEvent> events = new ArrayList<>();

  @Version private int version;

  protected Contract() {}

  /**
   * Drafts a contract from a needs assessment. A draft may be prepared while the assessment awaits
   * its decision, but not after a refusal.
   */
  public static Contract draft(
      Assessment assessment,
      LocalDate start,
      LocalDate end,
      boolean autoRenew,
      Scope scope,
      String by,
      Instant at) {
    if (assessment.getDecision() == Decision.REFUSED) {
      throw new ContractRuleException("contracts.assessment.refused");
    }
    Contract contract = new Contract();
    contract.assessment = assessment;
    contract.client = assessment.getClient();
    contract.setPeriod(start, end, autoRenew);
    contract.createdBy = by;
    contract.createdAt = at;
    contract.terms.add(new TermsVersion(contract, 1, start, scope.checked(), null, by, at));
    contract.record(at, by, EventKind.DRAFTED, null);
    return contract;
  }

  /** Changes the period and the terms of a draft. */
  public void changeDraft(
      LocalDate start, LocalDate end, boolean autoRenew, Scope scope, String by, Instant at) {
    requireStatus(ContractStatus.DRAFT, "contracts.notDraft");
    setPeriod(start, end, autoRenew);
    TermsVersion first = terms.get(0);
    first.take(scope.checked());
    terms.set(0, first);
    record(at, by, EventKind.DRAFT_CHANGED, null);
  }

  /** Concludes (signs) the contract under its number; only with an approved needs assessment. */
  public void conclude(String contractNumber, LocalDate signed, String by, Instant at) {
    requireStatus(ContractStatus.DRAFT, "contracts.notDraft");
    if (!assessment.isApproved()) {
      throw new ContractRuleException("contracts.notApproved");
    }
    if (signed == null) {
      throw new InvalidInputException("signedOn", "contracts.signedOnRequired");
    }
    this.number = contractNumber;
    this.signedOn = signed;
    this.status = ContractStatus.CONCLUDED;
    record(at, by, EventKind.CONCLUDED, contractNumber + ", " + DAY.format(signed));
  }

  /** Whether the contract may be concluded or its draft terms edited (see {@link #conclude}). */
  public boolean canConclude() {
    return status == ContractStatus.DRAFT;
  }

  /** Whether the terms may be amended and the contract renewed (see {@link #amend}). */
  public boolean canAmend() {
    return status == ContractStatus.CONCLUDED;
  }

  /** Amends the terms from a date: a new version, the earlier ones kept (see TermsHistory). */
  public TermsVersion amend(
      LocalDate effectiveFrom, Scope scope, String reason, String by, Instant at) {
    requireStatus(ContractStatus.CONCLUDED, "contracts.amend.notConcluded");
    requireText(reason, "reason", "contracts.amend.reasonRequired");
    TermsVersion amended = history().amend(this, effectiveFrom, scope, reason, by, at);
    record(at, by, EventKind.AMENDED, "v" + amended.getNumber() + " " + DAY.format(effectiveFrom));
    return amended;
  }

  /** The period a renewal would add: the next term after the current end. */
  public LocalDate[] renewalPeriod() {
    return period.renewal();
  }

  /** Renews the contract for one more term. */
  public void renew(String by, Instant at) {
    requireStatus(ContractStatus.CONCLUDED, "contracts.renew.notConcluded");
    LocalDate[] next = renewalPeriod();
    period = period.renewed();
    record(at, by, EventKind.RENEWED, DAY.format(next[0]) + " – " + DAY.format(next[1]));
  }

  /** Ends the contract early: from the date on it no longer applies and no fee falls due. */
  public void terminate(LocalDate from, String reason, String by, Instant at) {
    requireStatus(ContractStatus.CONCLUDED, "contracts.terminate.notConcluded");
    requireText(reason, "terminationReason", "contracts.terminate.reasonRequired");
    if (!period.mayTerminateOn(from)) {
      throw new InvalidInputException("terminatedOn", "contracts.terminate.dateInvalid");
    }
    this.terminatedOn = from;
    this.terminationReason = reason.strip();
    this.status = ContractStatus.TERMINATED;
    record(at, by, EventKind.TERMINATED, DAY.format(from) + ": " + terminationReason);
  }

  /**
   * At the end of its period a concluded contract renews itself when so agreed, else expires.
   *
   * @return whether anything changed
   */
  public boolean rollOver(LocalDate today, String by, Instant at) {
    if (status != ContractStatus.CONCLUDED || !getEndDate().isBefore(today)) {
      return false;
    }
    if (period.isAutoRenew()) {
      while (getEndDate().isBefore(today)) {
        renew(by, at);
      }
    } else {
      status = ContractStatus.EXPIRED;
      record(at, by, EventKind.EXPIRED, DAY.format(getEndDate()));
    }
    return true;
  }

  /** The last day the contract applies: its end, or the day before its termination. */
  public LocalDate lastDay() {
    return period.lastDay(terminatedOn);
  }

  /** Whether the contract, once concluded, applies on the day. */
  public boolean inForceOn(LocalDate day) {
    return status.wasConcluded() && !day.isBefore(getStartDate()) && !day.isAfter(lastDay());
  }

  /** Whether the periods of force of the two contracts share a day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay().isBefore(from) && !to.isBefore(getStartDate());
  }

  /** The terms version in force on the day (the latest that took effect by then). */
  public Optional<TermsVersion> termsOn(LocalDate day) {
    return history().on(day);
  }

  public TermsVersion latestTerms() {
    return history().latest();
  }

  /**
   * The fee periods due up to the billing date, each with the amount of the terms in force on its
   * first day; none for a draft.
   */
  public List<Fee> feesDueUpTo(LocalDate billingDate) {
    if (!status.wasConcluded()) {
      return List.of();
    }
    return history().feesDue(getStartDate(), lastDay(), billingDate);
  }

  private TermsHistory history() {
    return new TermsHistory(terms);
  }

  private void setPeriod(LocalDate start, LocalDate end, boolean renews) {
    this.period = ContractPeriod.of(start, end, renews);
    if (!terms.isEmpty()) {
      terms.get(0).startFrom(start);
    }
  }

  private static void requireText(String text, String field, String messageKey) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, messageKey);
    }
  }

  private void requireStatus(ContractStatus wanted, String messageKey) {
    if (status != wanted) {
      throw new ContractRuleException(messageKey);
    }
  }

  private void record(Instant at, String by, EventKind kind, String detail) {
    events.add(new ContractEvent(this, at, by, kind, detail));
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Client getClient() {
    return client;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public LocalDate getStartDate() {
    return period.getStartDate();
  }

  public LocalDate getEndDate() {
    return period.getEndDate();
  }

  public int getTermMonths() {
    return period.getTermMonths();
  }

  public boolean isAutoRenew() {
    return period.isAutoRenew();
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  public String getTerminationReason() {
    return terminationReason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<TermsVersion> getTerms() {
    return List.copyOf(terms);
  }

  public List<ContractEvent> getEvents() {
    return List.copyOf(events);
  }

  public int getVersion() {
    return version;
  }
}

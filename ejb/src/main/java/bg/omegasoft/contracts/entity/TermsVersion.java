package bg.omegasoft.contracts.entity;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a contract's terms, in force from its effective date until the next version's.
 * Versions are never changed once the contract is concluded: an amendment adds a new one, so the
 * history of changes stays.
 */
@Entity
@Table(name = "contract_terms")
public class TermsVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @Column(name = "version_no")
  private int number;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_terms_type", joinColumns = @JoinColumn(name = "terms_id"))
  @Column(name = "service_type")
  @Enumerated(EnumType.STRING)
  private Set<ServiceType> covered = new HashSet<>();

  @Column(name = "included_hours", precision = 7, scale = 2)
  private BigDecimal includedHoursPerMonth;

  @Column(name = "response_terms")
  private String responseTerms;

  @Column(name = "response_hours")
  private Integer responseHours;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_terms_process", joinColumns = @JoinColumn(name = "terms_id"))
  @OrderColumn(name = "position")
  private List<OutsourcedProcess> processes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_period")
  private FeePeriod feePeriod;

  @Column(name = "fee_amount", precision = 12, scale = 2)
  private BigDecimal fee;

  @Column(name = "overage_discount", precision = 5, scale = 2)
  private BigDecimal overageDiscountPercent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_terms_rate", joinColumns = @JoinColumn(name = "terms_id"))
  @MapKeyColumn(name = "service_type")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "rate", precision = 12, scale = 2)
  private Map<ServiceType, BigDecimal> overageRates = new HashMap<>();

  /** Why the terms changed (an amendment); empty for the first version. */
  private String reason;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected TermsVersion() {}

  TermsVersion(
      Contract contract,
      int number,
      LocalDate effectiveFrom,
      Scope scope,
      String reason,
      String by,
      Instant at) {
    this.contract = contract;
    this.number = number;
    this.effectiveFrom = effectiveFrom;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.recordedBy = by;
    this.recordedAt = at;
    take(scope);
  }

  /** Replaces the terms (only while the contract is a draft). */
  void take(Scope scope) {
    this.covered = new HashSet<>(scope.covered());
    this.includedHoursPerMonth = scope.includedHoursPerMonth();
    this.responseTerms =
        scope.responseTerms() == null || scope.responseTerms().isBlank()
            ? null
            : scope.responseTerms().strip();
    this.responseHours = scope.responseHours();
    this.processes = new ArrayList<>(scope.processes());
    this.feePeriod = scope.feePeriod();
    this.fee = scope.fee();
    this.overageDiscountPercent = scope.discount();
    this.overageRates = new HashMap<>(scope.rates());
  }

  void startFrom(LocalDate day) {
    this.effectiveFrom = day;
  }

  /** The terms as a value, e.g. to start an amendment from them. */
  public Scope scope() {
    return new Scope(
        getCovered(),
        includedHoursPerMonth,
        responseTerms,
        List.copyOf(processes),
        feePeriod,
        fee,
        overageDiscountPercent,
        getOverageRates(),
        responseHours);
  }

  public Long getId() {
    return id;
  }

  public Contract getContract() {
    return contract;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public Set<ServiceType> getCovered() {
    return covered.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(covered);
  }

  public BigDecimal getIncludedHoursPerMonth() {
    return includedHoursPerMonth;
  }

  public String getResponseTerms() {
    return responseTerms;
  }

  /** Business hours to the first response to a request, or null when no clock runs. */
  public Integer getResponseHours() {
    return responseHours;
  }

  public List<OutsourcedProcess> getProcesses() {
    return List.copyOf(processes);
  }

  public FeePeriod getFeePeriod() {
    return feePeriod;
  }

  public BigDecimal getFee() {
    return fee;
  }

  public BigDecimal getOverageDiscountPercent() {
    return overageDiscountPercent;
  }

  public Map<ServiceType, BigDecimal> getOverageRates() {
    return overageRates.isEmpty() ? Map.of() : new EnumMap<>(overageRates);
  }

  /** The amount of one full fee period, outsourced processes included. */
  public BigDecimal getPeriodAmount() {
    return scope().periodAmount();
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

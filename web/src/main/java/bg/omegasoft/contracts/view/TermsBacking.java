package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.boundary.ContractForm;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.OutsourcedProcess;
import bg.omegasoft.contracts.entity.ProcessArea;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.contracts.entity.TermsVersion;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * contracts/terms.xhtml: the scope and price of a contract. With {@code ?assessment=} it drafts a
 * new contract; with {@code ?contract=} it changes a draft, or amends a concluded contract from a
 * date with a reason (a new version of the terms).
 */
@Named
@ViewScoped
public class TermsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service types a contract may cover (express is for clients without a contract). */
  static final List<ServiceType> COVERABLE =
      List.of(
          ServiceType.VISIT,
          ServiceType.REMOTE,
          ServiceType.PASSWORD_RECOVERY,
          ServiceType.LICENCE_OWNER_CHANGE,
          ServiceType.TRAINING);

  @EJB private Contracts contracts;

  private Long assessmentId;
  private Long contractId;
  private Assessment assessment;
  private Contract contract;
  private final TermsForm form = new TermsForm();

  /** f:viewAction: the assessment to draft from, or the contract to change, with its terms. */
  public void load() {
    if (contractId != null) {
      contract = contracts.find(contractId);
      assessment = contract.getAssessment();
      form.fill(contract, contract.latestTerms());
    } else {
      assessment = contracts.assessment(assessmentId);
    }
  }

  public String save() {
    Scope scope = form.scope();
    Contract saved;
    if (contract == null) {
      saved = contracts.draft(assessmentId, form.contractForm(scope));
    } else if (isAmendment()) {
      saved =
          contracts.amend(
              contractId, contract.getVersion(), form.effectiveFrom, scope, form.reason);
    } else {
      saved = contracts.changeDraft(contractId, contract.getVersion(), form.contractForm(scope));
    }
    Messages.info("saved");
    Messages.keepForRedirect();
    return "contract?faces-redirect=true&id=" + saved.getId();
  }

  public boolean isAmendment() {
    return contract != null && contract.getStatus() == ContractStatus.CONCLUDED;
  }

  static Set<ServiceType> types(List<String> names) {
    Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
    if (names != null) {
      names.forEach(n -> types.add(ServiceType.valueOf(n)));
    }
    return types;
  }

  public List<String> getServiceTypes() {
    return COVERABLE.stream().map(ServiceType::name).toList();
  }

  public List<String> getFeePeriods() {
    return List.of(FeePeriod.MONTHLY.name(), FeePeriod.QUARTERLY.name(), FeePeriod.YEARLY.name());
  }

  public List<String> getAreas() {
    return List.of(ProcessArea.FINANCE.name(), ProcessArea.HR.name());
  }

  /** An outsourced process row of the form; blank rows are left out. */
  public static class ProcessRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String area = ProcessArea.HR.name();
    private String name;
    private BigDecimal monthlyAmount;

    public String getArea() {
      return area;
    }

    public void setArea(String area) {
      this.area = area;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getMonthlyAmount() {
      return monthlyAmount;
    }

    public void setMonthlyAmount(BigDecimal monthlyAmount) {
      this.monthlyAmount = monthlyAmount;
    }
  }

  /** A service type's own overage rate; empty means list price less the discount. */
  public static class RateRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String type;
    private BigDecimal rate;

    RateRow(String type) {
      this.type = type;
    }

    public String getType() {
      return type;
    }

    public BigDecimal getRate() {
      return rate;
    }

    public void setRate(BigDecimal rate) {
      this.rate = rate;
    }
  }

  /** The fields of the form. */
  public static class TermsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate start;
    private LocalDate end;
    private boolean autoRenew;
    private LocalDate effectiveFrom;
    private String reason;
    private List<String> covered = new ArrayList<>();
    private BigDecimal includedHours;
    private String responseTerms;
    private String feePeriod = FeePeriod.MONTHLY.name();
    private BigDecimal fee;
    private BigDecimal discount;
    private final List<RateRow> rates =
        new ArrayList<>(COVERABLE.stream().map(t -> new RateRow(t.name())).toList());
    private final List<ProcessRow> processes =
        new ArrayList<>(List.of(new ProcessRow(), new ProcessRow(), new ProcessRow()));

    void fill(Contract contract, TermsVersion terms) {
      start = contract.getStartDate();
      end = contract.getEndDate();
      autoRenew = contract.isAutoRenew();
      covered = new ArrayList<>(terms.getCovered().stream().map(ServiceType::name).toList());
      includedHours = terms.getIncludedHoursPerMonth();
      responseTerms = terms.getResponseTerms();
      feePeriod = terms.getFeePeriod().name();
      fee = terms.getFee();
      discount = terms.getOverageDiscountPercent();
      rates.forEach(r -> r.rate = terms.getOverageRates().get(ServiceType.valueOf(r.type)));
      List<OutsourcedProcess> existing = terms.getProcesses();
      for (int i = 0; i < existing.size() && i < processes.size(); i++) {
        processes.get(i).area = existing.get(i).getArea().name();
        processes.get(i).name = existing.get(i).getName();
        processes.get(i).monthlyAmount = existing.get(i).getMonthlyAmount();
      }
    }

    Scope scope() {
      Map<ServiceType, BigDecimal> overage = new EnumMap<>(ServiceType.class);
      rates.stream()
          .filter(r -> r.rate != null)
          .forEach(r -> overage.put(ServiceType.valueOf(r.type), r.rate));
      List<OutsourcedProcess> outsourced =
          processes.stream()
              .filter(p -> p.name != null && !p.name.isBlank())
              .map(
                  p ->
                      new OutsourcedProcess(
                          ProcessArea.valueOf(p.area), p.name.strip(), p.monthlyAmount))
              .toList();
      return new Scope(
          types(covered),
          includedHours,
          responseTerms,
          outsourced,
          feePeriod == null ? null : FeePeriod.valueOf(feePeriod),
          fee,
          discount,
          overage);
    }

    ContractForm contractForm(Scope scope) {
      return new ContractForm(start, end, autoRenew, scope);
    }

    public LocalDate getStart() {
      return start;
    }

    public void setStart(LocalDate start) {
      this.start = start;
    }

    public LocalDate getEnd() {
      return end;
    }

    public void setEnd(LocalDate end) {
      this.end = end;
    }

    public boolean isAutoRenew() {
      return autoRenew;
    }

    public void setAutoRenew(boolean autoRenew) {
      this.autoRenew = autoRenew;
    }

    public LocalDate getEffectiveFrom() {
      return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
      this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public List<String> getCovered() {
      return covered;
    }

    public void setCovered(List<String> covered) {
      this.covered = covered;
    }

    public BigDecimal getIncludedHours() {
      return includedHours;
    }

    public void setIncludedHours(BigDecimal includedHours) {
      this.includedHours = includedHours;
    }

    public String getResponseTerms() {
      return responseTerms;
    }

    public void setResponseTerms(String responseTerms) {
      this.responseTerms = responseTerms;
    }

    public String getFeePeriod() {
      return feePeriod;
    }

    public void setFeePeriod(String feePeriod) {
      this.feePeriod = feePeriod;
    }

    public BigDecimal getFee() {
      return fee;
    }

    public void setFee(BigDecimal fee) {
      this.fee = fee;
    }

    public BigDecimal getDiscount() {
      return discount;
    }

    public void setDiscount(BigDecimal discount) {
      this.discount = discount;
    }

    public List<RateRow> getRates() {
      return rates;
    }

    public List<ProcessRow> getProcesses() {
      return processes;
    }
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public Contract getContract() {
    return contract;
  }

  public TermsForm getForm() {
    return form;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(Long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }
}

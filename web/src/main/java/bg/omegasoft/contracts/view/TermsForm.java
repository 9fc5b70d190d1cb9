package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.boundary.ContractForm;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.contracts.entity.TermsVersion;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of contracts/terms.xhtml: the contract's period, or the date and reason of an
 * amendment, and the scope and price, with the rates and processes editors.
 */
public class TermsForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private LocalDate start;
  private LocalDate end;
  private boolean autoRenew;
  private LocalDate effectiveFrom;

  @Size(max = 1000)
  private String reason;

  private List<String> covered = new ArrayList<>();
  private BigDecimal includedHours;

  @Size(max = 200)
  private String responseTerms;

  private Integer responseHours;
  private String feePeriod = FeePeriod.MONTHLY.name();
  private BigDecimal fee;
  private BigDecimal discount;
  private final RatesEditor rates = new RatesEditor();
  private final ProcessesEditor processes = new ProcessesEditor();

  void fill(Contract contract, TermsVersion terms) {
    start = contract.getStartDate();
    end = contract.getEndDate();
    autoRenew = contract.isAutoRenew();
    covered = new ArrayList<>(terms.getCovered().stream().map(ServiceType::name).toList());
    includedHours = terms.getIncludedHoursPerMonth();
    responseTerms = terms.getResponseTerms();
    responseHours = terms.getResponseHours();
    feePeriod = terms.getFeePeriod().name();
    fee = terms.getFee();
    discount = terms.getOverageDiscountPercent();
    rates.fill(terms.getOverageRates());
    processes.fill(terms.getProcesses());
  }

  Scope scope() {
    return new Scope(
        ContractChoices.types(covered),
        includedHours,
        responseTerms,
        processes.processes(),
        feePeriod == null ? null : FeePeriod.valueOf(feePeriod),
        fee,
        discount,
        rates.rates(),
        responseHours);
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

  public Integer getResponseHours() {
    return responseHours;
  }

  public void setResponseHours(Integer responseHours) {
    this.responseHours = responseHours;
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

  public RatesEditor getRates() {
    return rates;
  }

  public ProcessesEditor getProcesses() {
    return processes;
  }
}

package bg.omegasoft.servicedesk.view;

import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.servicedesk.boundary.ResponseReports;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * servicedesk/response-report.xhtml: a contract's requests of a month with their response clocks,
 * and how many kept and broke the term.
 */
@Named
@ViewScoped
public class ResponseReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONTHS_BACK = 24;

  @EJB private ResponseReports reports;

  private List<Contract> contracts;
  private Long contractId;
  private String month = YearMonth.now(SofiaTime.ZONE).toString();
  private ResponseReports.Report report;

  @PostConstruct
  void load() {
    contracts = reports.contracts();
  }

  public void show() {
    report = contractId == null ? null : reports.report(contractId, YearMonth.parse(month));
  }

  /** The months to choose from: the current one, then back two years (yyyy-MM). */
  public List<String> getMonths() {
    YearMonth now = YearMonth.from(LocalDate.now(SofiaTime.ZONE));
    return IntStream.rangeClosed(-3, MONTHS_BACK)
        .mapToObj(i -> now.minusMonths(i).toString())
        .toList();
  }

  public List<Contract> getContracts() {
    return contracts;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public ResponseReports.Report getReport() {
    return report;
  }
}

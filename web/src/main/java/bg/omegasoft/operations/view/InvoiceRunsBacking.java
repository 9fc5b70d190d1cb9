package bg.omegasoft.operations.view;

import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.NightlySchedule;
import bg.omegasoft.operations.boundary.RunRecords;
import bg.omegasoft.operations.boundary.RunSummary;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * operations/console.xhtml, the invoice-run part: starting a run (dry or real) for a billing date,
 * the time the nightly jobs start, the nights' summaries with their chart, and the items skipped on
 * a billing date.
 */
@Named
@ViewScoped
public class InvoiceRunsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm");

  @EJB private InvoiceRuns invoiceRuns;
  @EJB private RunRecords records;
  @EJB private NightlySchedule schedule;
  @Inject private ConsoleBacking console;

  private LocalDate billingDate = LocalDate.now(SofiaTime.ZONE).minusDays(1);
  private boolean dryRun = true;
  private Integer itemCount;
  private List<RunSummary> summaries;
  private List<InvoiceRuns.SkippedItem> skipped;
  private NightlySchedule.NextRun nextRun;

  /** HH:mm, stored as a TIME. */
  @Size(max = 5)
  private String startTime;

  private String chart;

  @PostConstruct
  void load() {
    summaries = records.summaries(30);
    skipped = invoiceRuns.skippedOn(billingDate);
    nextRun = schedule.nextRun();
    startTime = schedule.startTime().format(HOURS_MINUTES);
    chart = RunChart.of(summaries);
  }

  public void start() {
    long id = invoiceRuns.start(new InvoiceRuns.Request(billingDate, dryRun, itemCount));
    Messages.info(dryRun ? "operations.dryRunStarted" : "operations.runStarted", id);
    console.watch(id);
    load();
  }

  /** Moves the nightly start to the time typed as HH:mm (Sofia time). */
  public void moveNightlyStart() {
    LocalTime at;
    try {
      at = LocalTime.parse(startTime == null ? "" : startTime.strip(), HOURS_MINUTES);
    } catch (DateTimeParseException e) {
      Messages.error("operations.nightlyStart.invalid", startTime);
      return;
    }
    nextRun = schedule.moveTo(at);
    Messages.info("operations.nightlyStart.moved", at.format(HOURS_MINUTES));
    load();
  }

  public void refresh() {
    load();
  }

  public LocalDate getToday() {
    return LocalDate.now(SofiaTime.ZONE);
  }

  public LocalDate getBillingDate() {
    return billingDate;
  }

  public void setBillingDate(LocalDate billingDate) {
    this.billingDate = billingDate;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public Integer getItemCount() {
    return itemCount;
  }

  public void setItemCount(Integer itemCount) {
    this.itemCount = itemCount;
  }

  public List<RunSummary> getSummaries() {
    return summaries;
  }

  public List<InvoiceRuns.SkippedItem> getSkipped() {
    return skipped;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public NightlySchedule.NextRun getNextRun() {
    return nextRun;
  }

  public String getChart() {
    return chart;
  }
}

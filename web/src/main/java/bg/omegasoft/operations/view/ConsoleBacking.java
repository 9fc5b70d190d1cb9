package bg.omegasoft.operations.view;

import bg.omegasoft.operations.boundary.ExecutionSummary;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.operations.boundary.NightlySchedule;
import bg.omegasoft.operations.boundary.Progress;
import bg.omegasoft.operations.boundary.RunRecords;
import bg.omegasoft.operations.boundary.StepSummary;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * operations/console.xhtml, the executions part: every job's latest executions, the steps and
 * counts of the one the operator selected, the progress of a running invoice run, and stop, restart
 * and abandon.
 */
@Named
@ViewScoped
public class ConsoleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Jobs jobs;
  @EJB private RunRecords records;

  private List<ExecutionSummary> executions;
  private Long selected;
  private List<StepSummary> steps = List.of();
  private Progress progress;
  private ExecutionSummary running;

  @PostConstruct
  void load() {
    List<String> names = new ArrayList<>(NightlySchedule.MAINTENANCE_JOBS);
    names.add(0, InvoiceRuns.JOB);
    executions = jobs.recent(names, 30);
    running =
        executions.stream()
            .filter(e -> InvoiceRuns.JOB.equals(e.jobName()))
            .filter(e -> e.status() == BatchStatus.STARTING || e.status() == BatchStatus.STARTED)
            .findFirst()
            .orElse(null);
    Long watched = running != null ? Long.valueOf(running.id()) : selected;
    progress =
        watched == null
            ? null
            : records.progress(jobs.instanceOf(watched), InvoiceRuns.BILLING_STEP).orElse(null);
    steps = selected == null ? List.of() : jobs.steps(selected);
  }

  public void refresh() {
    load();
  }

  public void select(long executionId) {
    selected = executionId;
    load();
  }

  /** Starts one of the maintenance jobs now, outside the nightly schedule. */
  public void start(String job) {
    if (!NightlySchedule.MAINTENANCE_JOBS.contains(job)) {
      throw new IllegalArgumentException("Not a nightly maintenance job: " + job);
    }
    selected = jobs.start(job, new Properties());
    Messages.info("job.started", selected);
    load();
  }

  public List<String> getMaintenanceJobs() {
    return NightlySchedule.MAINTENANCE_JOBS;
  }

  public void stop(long executionId) {
    jobs.stop(executionId);
    Messages.info("operations.stopRequested", executionId);
    load();
  }

  public void restart(long executionId) {
    selected = jobs.restart(executionId);
    Messages.info("job.started", selected);
    load();
  }

  public void abandon(long executionId) {
    jobs.abandon(executionId);
    Messages.info("operations.abandoned", executionId);
    load();
  }

  /** Called after an invoice run was started on the page, so its progress shows at once. */
  public void watch(long executionId) {
    select(executionId);
  }

  public List<ExecutionSummary> getExecutions() {
    return executions;
  }

  public Long getSelected() {
    return selected;
  }

  public List<StepSummary> getSteps() {
    return steps;
  }

  public Progress getProgress() {
    return progress;
  }

  public ExecutionSummary getRunning() {
    return running;
  }
}

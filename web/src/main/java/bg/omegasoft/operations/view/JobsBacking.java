package bg.omegasoft.operations.view;

import bg.omegasoft.operations.boundary.ExecutionSummary;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;

/** operations/jobs.xhtml: the maintenance jobs, their latest runs, and starting one. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String TOKEN_CLEANUP = "token-cleanup";
  static final String PDM_RETENTION = "pdm-retention";

  @EJB private Jobs jobs;

  private List<ExecutionSummary> executions;
  private List<ExecutionSummary> retentionExecutions;

  @PostConstruct
  void load() {
    executions = jobs.recent(TOKEN_CLEANUP, 20);
    retentionExecutions = jobs.recent(PDM_RETENTION, 20);
  }

  public void startTokenCleanup() {
    long id = jobs.start(TOKEN_CLEANUP, new Properties());
    Messages.info("job.started", id);
    load();
  }

  /** Starts the PDM retention run now (it also runs every night with the nightly jobs). */
  public void startPdmRetention() {
    long id = jobs.start(PDM_RETENTION, new Properties());
    Messages.info("job.started", id);
    load();
  }

  public void refresh() {
    load();
  }

  public List<ExecutionSummary> getExecutions() {
    return executions;
  }

  public List<ExecutionSummary> getRetentionExecutions() {
    return retentionExecutions;
  }
}

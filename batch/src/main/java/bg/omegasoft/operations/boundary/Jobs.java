package bg.omegasoft.operations.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Starts batch jobs and reports on their executions. Jobs run on the batch threads with the
 * identity of whoever started them; the job repository is the application database, so history
 * survives a restart.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

  @EJB private AuditTrail audit;

  /** Starts a job by its name (the job XML's file name); answers the execution id. */
  public long start(String jobName, Properties parameters) {
    long executionId = operator().start(jobName, parameters);
    audit.record("JOB_STARTED", "JobExecution", executionId, jobName + " " + parameters);
    return executionId;
  }

  public JobExecution execution(long executionId) {
    try {
      return operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("JobExecution", executionId);
    }
  }

  /** The latest executions of a job, newest first. */
  public List<ExecutionSummary> recent(String jobName, int max) {
    JobOperator operator = operator();
    if (!operator.getJobNames().contains(jobName)) {
      return List.of();
    }
    List<ExecutionSummary> executions = new ArrayList<>();
    for (JobInstance instance : operator.getJobInstances(jobName, 0, max)) {
      operator.getJobExecutions(instance).forEach(e -> executions.add(ExecutionSummary.of(e)));
    }
    executions.sort(Comparator.comparingLong(ExecutionSummary::id).reversed());
    return executions.size() > max ? executions.subList(0, max) : executions;
  }

  private JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}

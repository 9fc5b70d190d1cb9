package bg.omegasoft.operations.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
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

  /** The steps of an execution with their counts, in the order they ran. */
  public List<StepSummary> steps(long executionId) {
    execution(executionId);
    List<StepSummary> steps = new ArrayList<>();
    for (StepExecution step :
        operator().getStepExecutions(executionId).stream()
            .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
            .toList()) {
      StepSummary summary = StepSummary.of(step);
      steps.add(steps.isEmpty() ? summary : summary.startedBy(steps.get(steps.size() - 1).end()));
    }
    return steps;
  }

  /** The job instance an execution belongs to (restarts share it). */
  public long instanceOf(long executionId) {
    try {
      return operator().getJobInstance(executionId).getInstanceId();
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("JobExecution", executionId);
    }
  }

  /** The latest execution of the run (job instance) that an execution belongs to. */
  public ExecutionSummary latestOfRun(long executionId) {
    JobOperator operator = operator();
    try {
      JobInstance instance = operator.getJobInstance(executionId);
      return operator.getJobExecutions(instance).stream()
          .map(ExecutionSummary::of)
          .max(Comparator.comparingLong(ExecutionSummary::id))
          .orElseThrow();
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("JobExecution", executionId);
    }
  }

  /** The latest executions of the jobs, newest first. */
  public List<ExecutionSummary> recent(List<String> jobNames, int max) {
    List<ExecutionSummary> all = new ArrayList<>();
    jobNames.forEach(name -> all.addAll(recent(name, max)));
    all.sort(Comparator.comparingLong(ExecutionSummary::id).reversed());
    return all.size() > max ? all.subList(0, max) : all;
  }

  /** Restarts a failed or stopped execution with its own parameters; answers the new one. */
  public long restart(long executionId) {
    Properties parameters = execution(executionId).getJobParameters();
    Properties again = new Properties();
    if (parameters != null) {
      again.putAll(parameters);
    }
    try {
      long restarted = operator().restart(executionId, again);
      audit.record("JOB_RESTARTED", "JobExecution", restarted, "restart of " + executionId);
      return restarted;
    } catch (JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException
        | JobRestartException e) {
      throw new JobStateException("operations.job.notRestartable", executionId);
    }
  }

  /** Asks a running execution to stop after its current chunk. */
  public void stop(long executionId) {
    execution(executionId);
    try {
      operator().stop(executionId);
      audit.record("JOB_STOPPED", "JobExecution", executionId, null);
    } catch (JobExecutionNotRunningException e) {
      throw new JobStateException("operations.job.notRunning", executionId);
    }
  }

  /** Marks an ended execution as never to be restarted. */
  public void abandon(long executionId) {
    execution(executionId);
    try {
      operator().abandon(executionId);
      audit.record("JOB_ABANDONED", "JobExecution", executionId, null);
    } catch (JobExecutionIsRunningException e) {
      throw new JobStateException("operations.job.running", executionId);
    }
  }

  private JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}

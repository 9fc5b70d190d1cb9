package bg.omegasoft.billing.batch;

import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.util.Properties;

/** The parameters of one invoice run, from the job's properties (see invoice-run.xml). */
record RunParameters(LocalDate billingDate, boolean dryRun) {

  static RunParameters of(JobContext job) {
    Properties parameters = job.getProperties();
    return new RunParameters(
        LocalDate.parse(parameters.getProperty("billingDate")),
        Boolean.parseBoolean(parameters.getProperty("dryRun", "false")));
  }
}

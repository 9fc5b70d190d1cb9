package bg.omegasoft.operations.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What one invoice run (a job instance, with its restarts) produced. */
public record RunSummary(
    long instanceId,
    LocalDate billingDate,
    boolean dryRun,
    RunRecords.Tally tally,
    Long lastExecutionId,
    String status,
    Instant finishedAt)
    implements Serializable {}

package bg.omegasoft.assessment.boundary;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A final attempt has just been submitted with a pass, in the submitting transaction. The
 * certification capability observes it and issues the certificate in the same transaction, so a
 * certificate exists exactly when a passed final attempt does.
 */
public record FinalTestPassed(
    long attemptId,
    User trainee,
    ProgrammeVersion programmeVersion,
    BigDecimal scorePercent,
    Instant submittedAt) {}

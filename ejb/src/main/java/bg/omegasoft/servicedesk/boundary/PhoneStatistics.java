package bg.omegasoft.servicedesk.boundary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Phone consultations over a period: how many, their average length, the share over the charter's
 * 10 minutes, how many callers had looked nowhere first, and the calls per day (for the chart).
 */
public record PhoneStatistics(
    long calls,
    Duration averageLength,
    double shareOverNorm,
    long withoutSelfHelp,
    long escalated,
    Map<LocalDate, Long> callsPerDay,
    Map<LocalDate, Long> overNormPerDay) {}

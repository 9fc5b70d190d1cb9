package bg.omegasoft.servicedesk.boundary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Phone consultations over a period: how many, their average length, the share over the norm, how
 * many callers had looked nowhere first, the calls per day (for the chart) and per line (the
 * organisation's number that took them; the null key counts calls whose line is not known).
 */
public record PhoneStatistics(
    long calls,
    Duration averageLength,
    double shareOverNorm,
    long withoutSelfHelp,
    long escalated,
    Map<LocalDate, Long> callsPerDay,
    Map<LocalDate, Long> overNormPerDay,
    Map<String, Long> callsPerLine) {}

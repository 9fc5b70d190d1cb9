package bg.omegasoft.learning.control;

import java.time.LocalDate;
import java.time.LocalTime;

/** A trainee is to be reminded of a session that begins tomorrow. */
public record SessionReminderDue(
    String email, String name, String programme, LocalDate day, LocalTime start, String venue) {}

package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.DeliveryMode;
import java.time.Instant;

/** A booked time on the consultants' calendar. */
public record CalendarEntry(
    long requestId,
    String number,
    String subject,
    String client,
    long consultantId,
    String consultant,
    Instant start,
    Instant end,
    DeliveryMode mode) {}

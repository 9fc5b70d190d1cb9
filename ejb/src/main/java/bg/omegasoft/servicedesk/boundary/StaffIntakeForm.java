package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;

/**
 * A request staff record themselves: a phone call, or a request taken another way (recorded with
 * the warning that service is not guaranteed). The consent is the requester's, confirmed by staff.
 */
public record StaffIntakeForm(
    Channel channel,
    RequestType type,
    Long clientId,
    String requesterName,
    String email,
    String phone,
    String subject,
    String description,
    DeliveryMode preferredMode,
    boolean consentConfirmed) {}

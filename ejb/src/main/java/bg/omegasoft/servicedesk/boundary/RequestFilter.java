package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import java.util.Set;

/**
 * What a staff work list shows: statuses (empty: all open ones, except those still awaiting their
 * sender's confirmation, which have a queue of their own), type, channel, client, consultant, only
 * the triage queue (requests without a known client), and a search text.
 */
public record RequestFilter(
    Set<RequestStatus> statuses,
    RequestType type,
    Channel channel,
    Long clientId,
    Long consultantId,
    boolean triageQueue,
    String text) {

  public static RequestFilter open() {
    return new RequestFilter(Set.of(), null, null, null, null, false, null);
  }
}

package bg.omegasoft.servicedesk.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request is in its life: new → triaged → scheduled → in progress → done → protocol
 * accepted (billable) or disputed; cancelled from any open state before the work is done. A request
 * from the public form first awaits the confirmation of the address it gave, and only then is new.
 */
public enum RequestStatus {
  AWAITING_CONFIRMATION,
  NEW,
  TRIAGED,
  SCHEDULED,
  IN_PROGRESS,
  DONE,
  PROTOCOL_ACCEPTED,
  DISPUTED,
  CANCELLED;

  /** The statuses a request may move to from this one. */
  public Set<RequestStatus> next() {
    return switch (this) {
      case AWAITING_CONFIRMATION -> EnumSet.of(NEW, CANCELLED);
      case NEW -> EnumSet.of(TRIAGED, CANCELLED);
      case TRIAGED -> EnumSet.of(SCHEDULED, IN_PROGRESS, DONE, CANCELLED);
      case SCHEDULED -> EnumSet.of(TRIAGED, IN_PROGRESS, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(DONE);
      case DONE -> EnumSet.of(PROTOCOL_ACCEPTED, DISPUTED);
      case DISPUTED -> EnumSet.of(IN_PROGRESS);
      case PROTOCOL_ACCEPTED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
    };
  }

  public boolean canMoveTo(RequestStatus target) {
    return next().contains(target);
  }

  /** Open requests are the staff's work; closed ones are history. */
  public boolean isOpen() {
    return this != PROTOCOL_ACCEPTED && this != CANCELLED;
  }

  public String messageKey() {
    return "sd.status." + name();
  }
}

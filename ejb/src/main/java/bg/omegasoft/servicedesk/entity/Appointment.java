package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * Who does the work of a request, when and how: the consultant, the booked time, on site at an
 * address or remotely with a tool, and the SEQUENCE of the calendar invitation, raised by every
 * change and by the cancellation.
 */
@Embeddable
public class Appointment {

  @ManyToOne
  @JoinColumn(name = "consultant_id")
  private User consultant;

  @Column(name = "scheduled_start")
  private Instant scheduledStart;

  @Column(name = "scheduled_end")
  private Instant scheduledEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", length = 10)
  private DeliveryMode deliveryMode;

  @Column(name = "site_address", length = 300)
  private String siteAddress;

  @Column(name = "remote_tool", length = 60)
  private String remoteTool;

  @Column(name = "remote_session_id", length = 100)
  private String remoteSessionId;

  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  /**
   * Checks a booking: on-site visits need an address and are refused while the remote-only policy
   * is on; remote sessions need the remote-access tool; a consultant and a time are needed.
   */
  static void check(
      User consultant,
      Instant start,
      Instant end,
      DeliveryMode mode,
      String address,
      String tool,
      boolean remoteOnly) {
    if (mode == null) {
      throw new RequestRuleException("sd.rule.modeRequired");
    }
    if (mode == DeliveryMode.ON_SITE && remoteOnly) {
      throw new RequestRuleException("sd.rule.remoteOnly");
    }
    if (mode == DeliveryMode.ON_SITE && (address == null || address.isBlank())) {
      throw new RequestRuleException("sd.rule.addressRequired");
    }
    if (mode == DeliveryMode.REMOTE && (tool == null || tool.isBlank())) {
      throw new RequestRuleException("sd.rule.toolRequired");
    }
    if (consultant == null || start == null || end == null || !end.isAfter(start)) {
      throw new RequestRuleException("sd.rule.slotRequired");
    }
  }

  /** Takes a checked booking; the address or the tool and session only for their mode. */
  void book(
      User consultant,
      Instant start,
      Instant end,
      DeliveryMode mode,
      String address,
      String tool,
      String sessionId) {
    this.consultant = consultant;
    this.scheduledStart = start;
    this.scheduledEnd = end;
    this.deliveryMode = mode;
    this.siteAddress =
        mode == DeliveryMode.ON_SITE ? Text.clip(PlainText.line(address).strip(), 300) : null;
    this.remoteTool =
        mode == DeliveryMode.REMOTE ? Text.clip(PlainText.line(tool).strip(), 60) : null;
    this.remoteSessionId = mode == DeliveryMode.REMOTE ? Text.blankToNull(sessionId, 100) : null;
  }

  /** The invitation changes or is cancelled: its SEQUENCE goes up. */
  void raiseSequence() {
    calendarSequence++;
  }

  /** The booking is withdrawn: no time any more, the invitation to be cancelled. */
  void withdraw() {
    calendarSequence++;
    scheduledStart = null;
    scheduledEnd = null;
  }

  /** The one who starts the work is its consultant unless one was booked. */
  void startedBy(User by) {
    if (consultant == null) {
      consultant = by;
    }
  }

  User getConsultant() {
    return consultant;
  }

  Instant getScheduledStart() {
    return scheduledStart;
  }

  Instant getScheduledEnd() {
    return scheduledEnd;
  }

  DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  String getSiteAddress() {
    return siteAddress;
  }

  String getRemoteTool() {
    return remoteTool;
  }

  String getRemoteSessionId() {
    return remoteSessionId;
  }

  int getCalendarSequence() {
    return calendarSequence;
  }
}

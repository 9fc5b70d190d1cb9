package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the dispatcher enters for a booking, in Sofia time; the lengths are the request's columns.
 */
public class BookingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long consultantId;
  private LocalDateTime start;
  private LocalDateTime end;
  private DeliveryMode mode = DeliveryMode.REMOTE;

  @Size(max = 300)
  private String address;

  @Size(max = 60)
  private String tool;

  @Size(max = 100)
  private String sessionId;

  @Size(max = 500)
  private String reason;

  void takeFrom(ServiceRequest request, boolean remoteOnly) {
    if (request.getConsultant() != null) {
      consultantId = request.getConsultant().getId();
    }
    if (request.getScheduledStart() != null) {
      start = LocalDateTime.ofInstant(request.getScheduledStart(), SofiaTime.ZONE);
      end = LocalDateTime.ofInstant(request.getScheduledEnd(), SofiaTime.ZONE);
    }
    mode =
        request.getDeliveryMode() != null
            ? request.getDeliveryMode()
            : request.getPreferredMode() != null ? request.getPreferredMode() : DeliveryMode.REMOTE;
    if (remoteOnly) {
      mode = DeliveryMode.REMOTE;
    }
    address =
        request.getSiteAddress() != null
            ? request.getSiteAddress()
            : request.getClient() == null ? null : request.getClient().address();
    tool = request.getRemoteTool();
    sessionId = request.getRemoteSessionId();
  }

  Dispatch.Booking toBooking() {
    return new Dispatch.Booking(
        consultantId == null ? -1 : consultantId,
        start == null ? null : start.atZone(SofiaTime.ZONE).toInstant(),
        end == null ? null : end.atZone(SofiaTime.ZONE).toInstant(),
        mode,
        address,
        tool,
        sessionId);
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public DeliveryMode getMode() {
    return mode;
  }

  public void setMode(DeliveryMode mode) {
    this.mode = mode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTool() {
    return tool;
  }

  public void setTool(String tool) {
    this.tool = tool;
  }

  public String getSessionId() {
    return sessionId;
  }

  public void setSessionId(String sessionId) {
    this.sessionId = sessionId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

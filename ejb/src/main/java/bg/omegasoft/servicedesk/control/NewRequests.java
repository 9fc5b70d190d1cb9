package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Tells staff of a request that became new, on whatever channel it came: at once, or, for the
 * public form's request held for its confirmation, when it is confirmed. Once per request.
 */
@Stateless
@PermitAll
public class NewRequests {

  static final int SUBJECT_SHOWN = 120;

  @Inject private Event<Notice> notices;

  /** Fires the notice when the request is new (a held request is not yet). */
  public void arrived(ServiceRequest request) {
    if (request.getStatus() != RequestStatus.NEW) {
      return;
    }
    notices.fire(
        new Notice(
            Notice.Kind.REQUEST_NEW,
            Notice.Audience.role(Roles.STAFF),
            "notice.requestNew",
            List.of(request.getNumber(), shortened(request.getSubject())),
            "/servicedesk/request.xhtml?id=" + request.getId(),
            "request-new:" + request.getNumber()));
  }

  static String shortened(String subject) {
    if (subject == null) {
      return "";
    }
    String line = subject.strip();
    return line.length() <= SUBJECT_SHOWN ? line : line.substring(0, SUBJECT_SHOWN - 1) + "…";
  }
}

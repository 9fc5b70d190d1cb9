package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import bg.omegasoft.shared.web.Names;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * servicedesk/portal/request.xhtml?number=: one of the company's requests: when and by whom the
 * service is done, the protocol, and the client's side of it: accept with a rating, or dispute.
 */
@Named
@ViewScoped
public class PortalRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ClientPortal portal;
  @Inject private Names names;

  private String number;
  private ServiceRequest request;
  private Protocol protocol;
  private List<WorkLogEntry> workLog;
  private Integer rating;

  @Size(max = 2000)
  private String comment;

  public void load() {
    if (number == null) {
      throw new NotFoundException("ServiceRequest", "?");
    }
    request = portal.myRequest(number);
    protocol = portal.protocol(number).orElse(null);
    workLog = portal.workLog(number);
    if (protocol != null) {
      names.know(Arrays.asList(protocol.getConsultant(), protocol.getClientSigner()));
    }
  }

  public void accept() {
    portal.accept(number, request.getVersion(), rating == null ? 0 : rating, comment);
    load();
    Messages.info("sd.portal.accepted");
  }

  public void dispute() {
    portal.dispute(number, request.getVersion(), comment);
    load();
    Messages.info("sd.portal.disputed");
  }

  public void pdf() throws IOException {
    RequestWorkBacking.download(portal.protocolPdf(number), "protocol-" + number + ".pdf");
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Protocol getProtocol() {
    return protocol;
  }

  public List<WorkLogEntry> getWorkLog() {
    return workLog;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

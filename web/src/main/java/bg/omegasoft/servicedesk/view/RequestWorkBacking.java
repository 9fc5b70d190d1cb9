package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Protocols;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The work on a request (servicedesk/request.xhtml): the consultant's work log (start, end, what
 * was done) and the protocol the consultant writes and signs; its PDF.
 */
@Named
@ViewScoped
public class RequestWorkBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @EJB private Protocols protocols;
  @Inject private RequestBacking page;

  @NotNull private LocalDateTime workStart;
  @NotNull private LocalDateTime workEnd;

  @NotBlank
  @Size(max = 2000)
  private String workDone;

  @NotBlank
  @Size(max = 10_000)
  private String protocolWork;

  @Min(0)
  @Max(14_400)
  private Integer protocolMinutes;

  @NotBlank
  @Size(max = 2000)
  private String protocolResult;

  public void logWork() {
    protocols.logWork(page.getId(), sofia(workStart), sofia(workEnd), workDone);
    workStart = null;
    workEnd = null;
    workDone = null;
    page.reload();
    Messages.info("sd.workLogged");
  }

  public void writeProtocol() {
    page.show(
        protocols.writeProtocol(
            page.getId(),
            page.getRequest().getVersion(),
            protocolWork,
            protocolMinutes,
            protocolResult));
    Messages.info("sd.protocolWritten");
  }

  /** Sends the protocol as a PDF download. */
  public void pdf() throws IOException {
    byte[] pdf = protocols.protocolPdf(page.getId());
    download(pdf, "protocol-" + page.getRequest().getNumber() + ".pdf");
  }

  static void download(byte[] content, String name) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseContentLength(content.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    external.getResponseOutputStream().write(content);
    context.responseComplete();
  }

  static Instant sofia(LocalDateTime local) {
    return local == null ? null : local.atZone(SofiaTime.ZONE).toInstant();
  }

  public LocalDateTime getWorkStart() {
    return workStart;
  }

  public void setWorkStart(LocalDateTime workStart) {
    this.workStart = workStart;
  }

  public LocalDateTime getWorkEnd() {
    return workEnd;
  }

  public void setWorkEnd(LocalDateTime workEnd) {
    this.workEnd = workEnd;
  }

  public String getWorkDone() {
    return workDone;
  }

  public void setWorkDone(String workDone) {
    this.workDone = workDone;
  }

  public String getProtocolWork() {
    return protocolWork;
  }

  public void setProtocolWork(String protocolWork) {
    this.protocolWork = protocolWork;
  }

  public Integer getProtocolMinutes() {
    return protocolMinutes;
  }

  public void setProtocolMinutes(Integer protocolMinutes) {
    this.protocolMinutes = protocolMinutes;
  }

  public String getProtocolResult() {
    return protocolResult;
  }

  public void setProtocolResult(String protocolResult) {
    this.protocolResult = protocolResult;
  }
}

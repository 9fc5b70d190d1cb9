package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ReceivedProtocols;
import bg.omegasoft.servicedesk.entity.AnswerVia;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ReceivedAnswer;
import bg.omegasoft.shared.control.LimitedInputStream;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The client's answer to a protocol received on paper or by e-mail (servicedesk/request.xhtml):
 * staff record who signed, when, how it came, the rating or the reason, and upload the scan, which
 * is kept in the client's PDM space.
 */
@Named
@ViewScoped
public class RequestAnswerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReceivedProtocols received;
  @Inject private RequestBacking page;

  @NotNull private Protocol.Decision decision = Protocol.Decision.ACCEPTED;
  @NotNull private AnswerVia via = AnswerVia.PAPER;

  @NotBlank
  @Size(max = 100)
  private String signer;

  @Size(max = 100)
  private String position;

  @NotNull private LocalDate signedOn;

  @Min(1)
  @Max(5)
  private Integer rating;

  @Size(max = 2000)
  private String comment;

  private transient Part scan;

  public void record() throws IOException {
    if (scan == null || scan.getSize() == 0) {
      Messages.error("sd.rule.scanRequired");
      return;
    }
    byte[] content;
    try (InputStream in = new LimitedInputStream(scan.getInputStream(), received.maxBytes())) {
      content = in.readAllBytes();
    } catch (LimitedInputStream.TooLargeException e) {
      Messages.error("sd.rule.scanTooLarge");
      return;
    }
    ReceivedAnswer answer =
        new ReceivedAnswer(decision, via, signer, position, signedOn, rating, comment);
    page.show(
        received.record(
            page.getId(),
            page.getRequest().getVersion(),
            answer,
            scan.getSubmittedFileName(),
            content));
    Messages.info("sd.answer.recorded");
  }

  public Protocol.Decision getDecision() {
    return decision;
  }

  public void setDecision(Protocol.Decision decision) {
    this.decision = decision;
  }

  public AnswerVia getVia() {
    return via;
  }

  public void setVia(AnswerVia via) {
    this.via = via;
  }

  public String getSigner() {
    return signer;
  }

  public void setSigner(String signer) {
    this.signer = signer;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
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

  public Part getScan() {
    return scan;
  }

  public void setScan(Part scan) {
    this.scan = scan;
  }
}

package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ProtocolLinks;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * public/protocol.xhtml?t=: the page the protocol e-mail links to, for the person holding the link
 * (no account): the protocol's summary and PDF, and its acceptance (signer, rating, comment) or
 * dispute (signer, reason). Nothing changes by opening the link.
 */
@Named
@ViewScoped
public class ProtocolLinkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProtocolLinks links;

  private String token;
  private ProtocolLinks.Linked linked;
  private boolean justAnswered;

  @NotBlank
  @Size(max = 100)
  private String signer;

  @NotNull
  @Min(1)
  @Max(5)
  private Integer rating = 5;

  @Size(max = 2000)
  private String comment;

  /** f:viewAction: the link's protocol and where it stands (null for an unknown link). */
  public void load() {
    linked = links.of(token).orElse(null);
  }

  public void accept() {
    after(links.accept(token, signer, rating, comment), "sd.link.acceptedDone");
  }

  public void dispute() {
    after(links.dispute(token, signer, comment), "sd.link.disputedDone");
  }

  /** Sends the protocol as a PDF download (not for an unknown or expired link). */
  public void pdf() throws IOException {
    Optional<byte[]> pdf = links.pdf(token);
    if (pdf.isEmpty()) {
      load();
      return;
    }
    RequestWorkBacking.download(pdf.get(), "protocol-" + linked.number() + ".pdf");
  }

  private void after(Optional<ProtocolLinks.Linked> answered, String done) {
    boolean wasOpen = linked != null && linked.open();
    linked = answered.orElse(null);
    justAnswered = wasOpen && linked != null && linked.decided();
    if (justAnswered) {
      Messages.info(done, linked.number());
    }
  }

  public ProtocolLinks.Linked getLinked() {
    return linked;
  }

  public boolean isJustAnswered() {
    return justAnswered;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getSigner() {
    return signer;
  }

  public void setSigner(String signer) {
    this.signer = signer;
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

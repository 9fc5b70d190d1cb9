package bg.omegasoft.certification.view;

import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** certification/certificate.xhtml: one certificate, its history, revocation and reissue. */
@Named
@ViewScoped
public class CertificateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Certificates certificates;

  private Long id;
  private Certificate certificate;
  private List<Certificate> history;

  @Size(max = 500)
  private String reason;

  @Size(max = 200)
  private String correctedName;

  @Size(max = 500)
  private String reissueReason;

  public void load() {
    if (id == null) {
      throw new NotFoundException("Certificate", "?");
    }
    certificate = certificates.find(id);
    history = certificates.history(id);
    correctedName = certificate.getHolderName();
  }

  public void revoke() {
    certificates.revoke(id, reason);
    load();
    Messages.info("certificate.revokedInfo");
  }

  public void reissue() throws IOException {
    Certificate replacement = certificates.reissue(id, correctedName, reissueReason);
    Messages.info("certificate.reissuedInfo", replacement.getNumber());
    Messages.keepForRedirect();
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/certification/certificate.xhtml?id="
            + replacement.getId());
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public List<Certificate> getHistory() {
    return history;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCorrectedName() {
    return correctedName;
  }

  public void setCorrectedName(String correctedName) {
    this.correctedName = correctedName;
  }

  public String getReissueReason() {
    return reissueReason;
  }

  public void setReissueReason(String reissueReason) {
    this.reissueReason = reissueReason;
  }
}

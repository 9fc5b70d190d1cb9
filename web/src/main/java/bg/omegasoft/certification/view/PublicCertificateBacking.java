package bg.omegasoft.certification.view;

import bg.omegasoft.certification.api.CheckRateLimit;
import bg.omegasoft.certification.boundary.CertificateCheck;
import bg.omegasoft.certification.boundary.Verification;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * public/certificate.xhtml (no sign-in): what a certificate's QR code opens. Valid, revoked (with
 * the reason) or unknown; limited per address like the API (429).
 */
@Named
@ViewScoped
public class PublicCertificateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateCheck check;
  @Inject private CheckRateLimit limit;

  /** The code as typed, with spaces or dashes; the check reads at most 64 characters. */
  @Size(max = 64)
  private String code;

  private Verification verification;
  private boolean checked;
  private boolean limited;

  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (!limit.allow(request.getRemoteAddr())) {
      limited = true;
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
      return;
    }
    checked = true;
    verification = check.verify(code).orElse(null);
    if (verification == null) {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(404);
    }
  }

  public Verification getVerification() {
    return verification;
  }

  public boolean isChecked() {
    return checked;
  }

  public boolean isLimited() {
    return limited;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

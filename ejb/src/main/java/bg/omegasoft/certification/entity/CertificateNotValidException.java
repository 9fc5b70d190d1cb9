package bg.omegasoft.certification.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** Only a valid certificate can be revoked or reissued. */
public class CertificateNotValidException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CertificateNotValidException() {
    super("certificate.notValid");
  }
}

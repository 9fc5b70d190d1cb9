package bg.omegasoft.certification.boundary;

import bg.omegasoft.certification.entity.CertificateStatus;
import bg.omegasoft.learning.entity.Level;
import java.time.LocalDate;

/**
 * What the public check shows of a certificate: valid or revoked (a replaced one counts as revoked
 * and names its replacement's number), the holder's name and what was certified. No other personal
 * data.
 */
public record Verification(
    CertificateStatus status,
    String number,
    String holder,
    String programme,
    Level level,
    int version,
    LocalDate issuedOn,
    String issuer,
    String revokeReason,
    String replacedBy)
    implements java.io.Serializable {

  /** The status the public API states: VALID, or REVOKED for revoked and replaced ones. */
  public String publicStatus() {
    return status == CertificateStatus.VALID ? "VALID" : "REVOKED";
  }

  public boolean isValid() {
    return status == CertificateStatus.VALID;
  }
}

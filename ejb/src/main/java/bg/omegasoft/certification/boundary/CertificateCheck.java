package bg.omegasoft.certification.boundary;

import bg.omegasoft.certification.control.VerificationCodes;
import bg.omegasoft.certification.entity.Certificate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The public check of a certificate by its verification code, for anyone (the QR code's page and
 * GET /api/v1/certificates/{code}): no sign-in, and nothing beyond the holder's name and what was
 * certified. A malformed code is simply unknown.
 */
@Stateless
@PermitAll
public class CertificateCheck {

  @PersistenceContext private EntityManager em;

  public Optional<Verification> verify(String typedCode) {
    String code = VerificationCodes.normalise(typedCode);
    if (code == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(this::verification);
  }

  private Verification verification(Certificate c) {
    String replacement =
        c.getReplacedById() == null
            ? null
            : em.find(Certificate.class, c.getReplacedById()).getNumber();
    return new Verification(
        c.getStatus(),
        c.getNumber(),
        c.getHolderName(),
        c.getProgrammeTitle(),
        c.getLevel(),
        c.getVersionNumber(),
        c.getIssuedOn(),
        c.getIssuerName(),
        c.getRevokeReason(),
        replacement);
  }
}

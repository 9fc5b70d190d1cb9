package bg.omegasoft.certification.boundary;

import bg.omegasoft.certification.control.CertificatePdf;
import bg.omegasoft.certification.control.CheckLinks;
import bg.omegasoft.certification.control.VerificationCodes;
import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Certificates: a holder's own ("my certificates", PDF in Bulgarian or English), and the register
 * for the vendor's people with search, CSV export, revocation with a reason and reissue (e.g. a
 * corrected name); both keep the history.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class Certificates {

  static final String SUBJECT = "Certificate";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The caller's own certificates, newest first (replaced ones too, for the history). */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.ADMIN
  })
  public List<Certificate> mine() {
    return em.createNamedQuery(Certificate.FIND_BY_HOLDER, Certificate.class)
        .setParameter("holderId", me().getId())
        .getResultList();
  }

  /** One of the caller's own certificates as PDF. */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.ADMIN
  })
  public CertificateFile myPdf(long certificateId, String language, String requestBaseUrl) {
    Certificate certificate = em.find(Certificate.class, certificateId);
    if (certificate == null || !certificate.getHolderId().equals(me().getId())) {
      throw new NotFoundException(SUBJECT, certificateId);
    }
    return pdf(certificate, language, requestBaseUrl);
  }

  /** Any certificate as PDF, for the vendor's people. */
  public CertificateFile pdf(long certificateId, String language, String requestBaseUrl) {
    return pdf(find(certificateId), language, requestBaseUrl);
  }

  public Certificate find(long certificateId) {
    Certificate certificate = em.find(Certificate.class, certificateId);
    if (certificate == null) {
      throw new NotFoundException(SUBJECT, certificateId);
    }
    return certificate;
  }

  /** The register: every certificate whose holder, number or programme contains the text. */
  public List<Certificate> search(String text) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return em.createNamedQuery(Certificate.SEARCH, Certificate.class)
        .setParameter("q", "%" + q.replace("%", "").replace("_", "") + "%")
        .setMaxResults(2000)
        .getResultList();
  }

  /** The register (as searched) in CSV for spreadsheets: UTF-8 with a byte-order mark, ";". */
  public CertificateFile csv(String text) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        "number;status;holder;programme;level;version;issued_on;score_percent;revoked_at;revoke_reason\r\n");
    for (Certificate c : search(text)) {
      csv.append(
          String.join(
              ";",
              cell(c.getNumber()),
              c.getStatus().name(),
              cell(c.getHolderName()),
              cell(c.getProgrammeTitle()),
              c.getLevel().name(),
              String.valueOf(c.getVersionNumber()),
              c.getIssuedOn().toString(),
              c.getScorePercent().toPlainString(),
              c.getRevokedAt() == null ? "" : c.getRevokedAt().toString(),
              cell(c.getRevokeReason())));
      csv.append("\r\n");
    }
    audit.record("CERTIFICATES_EXPORTED", SUBJECT, null, text);
    return new CertificateFile(
        "certificates.csv",
        "text/csv;charset=UTF-8",
        csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Every certificate of the same achievement, oldest first: the reissue history. */
  public List<Certificate> history(long certificateId) {
    Certificate certificate = find(certificateId);
    return em.createQuery(
            "select c from Certificate c where c.holderId = :holder and c.programmeId = :programme"
                + " and c.level = :level order by c.issuedAt, c.id",
            Certificate.class)
        .setParameter("holder", certificate.getHolderId())
        .setParameter("programme", certificate.getProgrammeId())
        .setParameter("level", certificate.getLevel())
        .getResultList();
  }

  /** Revokes a valid certificate with a reason; the public check then says "revoked". */
  @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
  public Certificate revoke(long certificateId, String reason) {
    Certificate certificate =
        em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
    if (certificate == null) {
      throw new NotFoundException(SUBJECT, certificateId);
    }
    certificate.revoke(reason, me().getUsername(), Instant.now(clock));
    audit.record(
        "CERTIFICATE_REVOKED", SUBJECT, certificateId, certificate.getNumber() + ": " + reason);
    return certificate;
  }

  /**
   * Reissues a valid certificate, e.g. with a corrected name: a new number and code; the old one is
   * kept as replaced and its check names the new number.
   */
  @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
  public Certificate reissue(long certificateId, String correctedName, String reason) {
    Certificate old = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
    if (old == null) {
      throw new NotFoundException(SUBJECT, certificateId);
    }
    Certificate replacement =
        old.reissue(correctedName, reason, VerificationCodes.next(), Instant.now(clock));
    // the old one leaves the "current" key before the replacement takes it
    em.flush();
    em.persist(replacement);
    em.flush();
    replacement.numberFrom(replacement.getId());
    old.replacedBy(replacement.getId());
    em.flush();
    audit.record(
        "CERTIFICATE_REISSUED",
        SUBJECT,
        certificateId,
        old.getNumber() + " -> " + replacement.getNumber() + ": " + reason);
    return replacement;
  }

  private CertificateFile pdf(Certificate certificate, String language, String requestBaseUrl) {
    String lang = "en".equals(language) ? "en" : "bg";
    byte[] pdf =
        CertificatePdf.render(
            certificate, lang, CheckLinks.url(certificate.getCode(), requestBaseUrl));
    return new CertificateFile(
        certificate.getNumber() + "-" + lang + ".pdf", "application/pdf", pdf);
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private User me() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("User", session.getCallerPrincipal().getName()));
  }
}

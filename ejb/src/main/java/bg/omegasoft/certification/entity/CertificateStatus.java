package bg.omegasoft.certification.entity;

/** Valid; revoked (with a reason); or replaced by a reissued certificate. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  REPLACED;

  public String messageKey() {
    return "certificateStatus." + name();
  }
}

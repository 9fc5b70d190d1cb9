package bg.omegasoft.servicedesk.entity;

/** How the client's answer to a protocol came: in the portal, by the mailed link, or to staff. */
public enum AnswerVia {
  PORTAL,
  LINK,
  PAPER,
  EMAIL,
  OTHER;

  /** Whether staff recorded the answer they received (with the scan as evidence). */
  public boolean isReceivedByStaff() {
    return this == PAPER || this == EMAIL || this == OTHER;
  }

  public String messageKey() {
    return "sd.protocol.via." + name();
  }
}

package bg.omegasoft.pdm.entity;

/** Which side of the exchange a person is on: the client company, the vendor, or the platform. */
public enum Side {
  CLIENT,
  VENDOR,
  SYSTEM;

  public String messageKey() {
    return "pdm.side." + name();
  }
}

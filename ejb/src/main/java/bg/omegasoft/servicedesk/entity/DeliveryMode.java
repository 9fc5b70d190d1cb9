package bg.omegasoft.servicedesk.entity;

/** How a service is done: a visit to the client's office, or a remote-access session. */
public enum DeliveryMode {
  ON_SITE,
  REMOTE;

  public String messageKey() {
    return "sd.mode." + name();
  }
}

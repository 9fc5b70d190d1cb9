package bg.omegasoft.servicedesk.entity;

/**
 * How a request reached the vendor. The charter names the phone, e-mail and the written form (the
 * web site's form and the client portal); requests taken any other way are recorded but not
 * guaranteed to be served.
 */
public enum Channel {
  PHONE(true),
  EMAIL(true),
  WEB_FORM(true),
  PORTAL(true),
  IN_PERSON(false),
  SOCIAL_MEDIA(false),
  OTHER(false);

  private final boolean guaranteed;

  Channel(boolean guaranteed) {
    this.guaranteed = guaranteed;
  }

  /** Whether the charter guarantees service for a request taken this way. */
  public boolean isGuaranteed() {
    return guaranteed;
  }

  public String messageKey() {
    return "sd.channel." + name();
  }
}

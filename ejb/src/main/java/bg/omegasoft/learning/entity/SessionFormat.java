package bg.omegasoft.learning.entity;

/** Where a session (or an individual training) takes place. */
public enum SessionFormat {
  ON_SITE_CLIENT,
  CLASSROOM,
  ONLINE;

  /** Whether the remote-only policy allows it. */
  public boolean isRemote() {
    return this == ONLINE;
  }

  public String messageKey() {
    return "format." + name();
  }
}

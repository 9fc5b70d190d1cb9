package bg.omegasoft.learning.entity;

/** A draft can be edited; a published version never changes; a superseded one has a successor. */
public enum VersionStatus {
  DRAFT,
  PUBLISHED,
  SUPERSEDED;

  /** How a page marks the status: published green, a draft amber, a superseded one grey. */
  public String severity() {
    return switch (this) {
      case PUBLISHED -> "success";
      case DRAFT -> "warning";
      case SUPERSEDED -> "secondary";
    };
  }

  public String messageKey() {
    return "versionStatus." + name();
  }
}

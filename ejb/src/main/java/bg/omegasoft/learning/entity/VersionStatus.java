package bg.omegasoft.learning.entity;

/** A draft can be edited; a published version never changes; a superseded one has a successor. */
public enum VersionStatus {
  DRAFT,
  PUBLISHED,
  SUPERSEDED;

  public String messageKey() {
    return "versionStatus." + name();
  }
}

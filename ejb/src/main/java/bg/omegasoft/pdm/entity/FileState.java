package bg.omegasoft.pdm.entity;

/** A file is available until someone deletes it or its retention period ends. */
public enum FileState {
  ACTIVE,
  DELETED,
  EXPIRED;

  public String messageKey() {
    return "pdm.fileState." + name();
  }
}

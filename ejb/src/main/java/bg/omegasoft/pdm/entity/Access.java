package bg.omegasoft.pdm.entity;

/**
 * What a person may do in a space. Everyone who may enter lists, uploads and downloads files; the
 * client's administrators also manage who may enter and see the audit; the vendor's assigned people
 * see the audit too (so both sides see who opened what).
 */
public enum Access {
  /** May not enter, and is not told that the space exists. */
  NONE,
  /** A user of the client company whom a client administrator let in. */
  MEMBER,
  /** A client administrator (CLIENT_ADMIN) of the company. */
  CLIENT_ADMINISTRATOR,
  /** A person of the vendor whom an ADMIN assigned to the client. */
  VENDOR_STAFF;

  public boolean mayEnter() {
    return this != NONE;
  }

  public boolean maySeeAudit() {
    return this == CLIENT_ADMINISTRATOR || this == VENDOR_STAFF;
  }

  public boolean mayManageAccess() {
    return this == CLIENT_ADMINISTRATOR;
  }

  /** Deleting: the client's administrators any file; everyone else what they uploaded. */
  public boolean mayDelete(PdmFile file, long userId) {
    return this == CLIENT_ADMINISTRATOR || (mayEnter() && file.getUploadedBy().getId() == userId);
  }

  /** Which side of the exchange this access is on. */
  public Side side() {
    return this == VENDOR_STAFF ? Side.VENDOR : Side.CLIENT;
  }

  public String messageKey() {
    return "pdm.access." + name();
  }
}

package bg.omegasoft.identity.entity;

/**
 * The roles of the platform. One person may hold several. The names are also the role names of
 * Jakarta Security and of {@code @RolesAllowed} (see {@link Roles} for the constants).
 */
public enum Role {
  TRAINEE,
  TRAINER,
  STAFF,
  CLIENT_ADMIN,
  BATCH_OPERATOR,
  FINANCE,
  ADMIN;

  /** The key of the role's name in the resource bundles. */
  public String messageKey() {
    return "role." + name();
  }
}

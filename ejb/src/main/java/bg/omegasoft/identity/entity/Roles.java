package bg.omegasoft.identity.entity;

/** Role names as compile-time constants for {@code @RolesAllowed}. */
public final class Roles {

  public static final String TRAINEE = "TRAINEE";
  public static final String TRAINER = "TRAINER";
  public static final String STAFF = "STAFF";
  public static final String CLIENT_ADMIN = "CLIENT_ADMIN";
  public static final String BATCH_OPERATOR = "BATCH_OPERATOR";
  public static final String FINANCE = "FINANCE";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}

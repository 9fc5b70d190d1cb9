package bg.omegasoft.shared.control;

/**
 * The operator's settings: a system property ({@code -Domex.…}) or else an environment variable
 * ({@code OMEX_…}), read when used, so a change takes effect without a redeployment.
 */
public final class Settings {

  private Settings() {}

  /** The system property, or else the environment variable; null when neither is set. */
  public static String of(String property, String variable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(variable);
  }
}

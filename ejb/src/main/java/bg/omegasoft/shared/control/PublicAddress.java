package bg.omegasoft.shared.control;

/**
 * The platform's public address for links in e-mails: {@code omex.public.url} (a system property)
 * or else OMEX_PUBLIC_URL, e.g. {@code https://portal.omegasoft.bg}; {@code http://localhost:8080}
 * when neither is set. Read when used, so an operator's change needs no redeployment.
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** The address without a trailing slash. */
  public static String url() {
    String url = Settings.of("omex.public.url", "OMEX_PUBLIC_URL");
    return (url == null || url.isBlank() ? "http://localhost:8080" : url.strip())
        .replaceFirst("/+$", "");
  }
}

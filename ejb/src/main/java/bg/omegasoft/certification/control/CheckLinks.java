package bg.omegasoft.certification.control;

/**
 * The address of a certificate's public check, as its QR code carries it: the configured public
 * address of the platform (OMEX_PUBLIC_URL or -Domex.public.url, e.g. https://portal.omegasoft.bg)
 * or else the address of the request that made the PDF.
 */
public final class CheckLinks {

  /** The public page a QR code opens; the code goes after it. */
  public static final String CHECK_PATH = "/public/certificate.xhtml?code=";

  public static final String PUBLIC_URL_PROPERTY = "omex.public.url";

  private CheckLinks() {}

  public static String url(String code, String requestBaseUrl) {
    String configured =
        System.getProperty(
            PUBLIC_URL_PROPERTY, System.getenv().getOrDefault("OMEX_PUBLIC_URL", ""));
    String base = configured.isBlank() ? requestBaseUrl : configured.strip();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + CHECK_PATH + code;
  }
}

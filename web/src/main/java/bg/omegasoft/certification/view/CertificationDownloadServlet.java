package bg.omegasoft.certification.view;

import bg.omegasoft.certification.boundary.CertificateFile;
import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.shared.web.FileDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Certificate files for signed-in users (web.xml): my certificate as PDF (?mine=id&amp;lang=bg|en),
 * any certificate for the vendor's people (?id=&amp;lang=), the register as CSV (?csv&amp;q=). The
 * QR code links to the configured public address (omex.public.url), else this request's.
 */
@WebServlet("/certification/download")
public class CertificationDownloadServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Certificates certificates;

  @Override
  protected Download find(HttpServletRequest request) {
    CertificateFile file = located(request);
    return file == null ? null : new Download(file.fileName(), file.contentType(), file.content());
  }

  private CertificateFile located(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    String base = baseUrl(request);
    if (request.getParameter("mine") != null) {
      return certificates.myPdf(id(request, "mine"), lang, base);
    }
    if (request.getParameter("id") != null) {
      return certificates.pdf(id(request, "id"), lang, base);
    }
    if (request.getParameter("csv") != null) {
      return certificates.csv(request.getParameter("q"));
    }
    return null;
  }

  /** This request's scheme, host and port, and the application's path. */
  static String baseUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean standard =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (standard ? "" : ":" + port)
        + request.getContextPath();
  }
}

package bg.omegasoft.certification.view;

import bg.omegasoft.certification.boundary.CertificateFile;
import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Certificate files for signed-in users (web.xml): my certificate as PDF (?mine=id&amp;lang=bg|en),
 * any certificate for the vendor's people (?id=&amp;lang=), the register as CSV (?csv&amp;q=). The
 * QR code links to the configured public address (omex.public.url), else this request's.
 */
@WebServlet("/certification/download")
public class CertificationDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CertificateFile file;
    try {
      file = find(request);
    } catch (NumberFormatException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RuntimeException e) {
      if (isBusiness(e)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }

  private CertificateFile find(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    String base = baseUrl(request);
    if (request.getParameter("mine") != null) {
      return certificates.myPdf(Long.parseLong(request.getParameter("mine")), lang, base);
    }
    if (request.getParameter("id") != null) {
      return certificates.pdf(Long.parseLong(request.getParameter("id")), lang, base);
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

  private static boolean isBusiness(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessException || cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}

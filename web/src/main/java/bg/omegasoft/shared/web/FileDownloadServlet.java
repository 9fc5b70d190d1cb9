package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a file that a capability's boundary hands out, as a download that no cache keeps. Whatever
 * the caller may not see, a malformed id and a refusal by the business rules all answer 404, so
 * nothing tells a foreign file from one that does not exist.
 */
public abstract class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A file to send: its name for the browser, its content type and its bytes. */
  public record Download(String fileName, String contentType, byte[] content) {}

  /** The file the request asks for, or null when it names none. */
  protected abstract Download find(HttpServletRequest request);

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Download file;
    try {
      file = find(request);
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RuntimeException e) {
      if (isRefusal(e)) {
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

  /**
   * The id in a query parameter, read strictly ({@link IdConverter}: ASCII digits, 1 to the largest
   * long); a missing or malformed one answers 404 like an unknown id.
   */
  protected static long id(HttpServletRequest request, String name) {
    return IdConverter.parse(request.getParameter(name))
        .orElseThrow(() -> new NumberFormatException("Not an id: " + name));
  }

  /** Whether a business rule or the caller's roles refused the request, at any depth. */
  public static boolean isRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessException || cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}

package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.FileDownload;
import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.Quotes;
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
 * Files of training, for signed-in users (web.xml): a lesson attachment for its learner
 * (?enrolment=&lesson=&attachment=) or its authors (?attachment=), and a quote as PDF (?quote=).
 * The boundaries decide who may see what; anything not theirs answers 404.
 */
@WebServlet("/learning/download")
public class LearningDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private MyLearning myLearning;
  @EJB private Programmes programmes;
  @EJB private Quotes quotes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FileDownload file;
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

  private FileDownload find(HttpServletRequest request) {
    String quote = request.getParameter("quote");
    if (quote != null) {
      return quotes.pdf(Long.parseLong(quote));
    }
    String attachment = request.getParameter("attachment");
    if (attachment == null) {
      return null;
    }
    String enrolment = request.getParameter("enrolment");
    if (enrolment != null) {
      return myLearning.attachment(
          Long.parseLong(enrolment),
          Long.parseLong(request.getParameter("lesson")),
          Long.parseLong(attachment));
    }
    return programmes.attachment(Long.parseLong(attachment));
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

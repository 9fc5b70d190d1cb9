package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.entity.QuestionImage;
import bg.omegasoft.shared.web.FileDownloadServlet;
import bg.omegasoft.shared.web.IdConverter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Files of tests for signed-in users (web.xml): a question's picture (?image=, for those it belongs
 * to, see {@link QuestionBanks#image}; only with the type its bytes were checked to be) and a bank
 * as Moodle XML (?export=bank id, for trainers and staff). Anything not theirs answers 404, the
 * same as anything that does not exist.
 */
@WebServlet("/assessment/file")
public class AssessmentFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private QuestionBanks banks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      String image = request.getParameter("image");
      String export = request.getParameter("export");
      if (image != null) {
        QuestionImage found = banks.image(id(image));
        byte[] data = found.data();
        response.setContentType(found.getContentType());
        response.setContentLength(data.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + found.fileName() + "\"");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // opened on its own, the picture is a document that may run nothing and load nothing
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(data);
      } else if (export != null) {
        long bank = id(export);
        byte[] xml = banks.exportMoodle(bank).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bank + ".xml\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(xml);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (NumberFormatException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (RuntimeException e) {
      if (FileDownloadServlet.isRefusal(e)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
  }

  /** An id read strictly, as every page and download does ({@link IdConverter}). */
  private static long id(String text) {
    return IdConverter.parse(text).orElseThrow(() -> new NumberFormatException("Not an id"));
  }
}

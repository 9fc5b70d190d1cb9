package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.FileDownload;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.boundary.Quotes;
import bg.omegasoft.shared.web.FileDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Files of training, for signed-in users (web.xml): a lesson attachment for its learner
 * (?enrolment=&lesson=&attachment=) or its authors (?attachment=), and a quote as PDF (?quote=).
 * The boundaries decide who may see what; anything not theirs answers 404.
 */
@WebServlet("/learning/download")
public class LearningDownloadServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @EJB private MyLearning myLearning;
  @EJB private Lessons lessons;
  @EJB private Quotes quotes;

  @Override
  protected Download find(HttpServletRequest request) {
    FileDownload file = located(request);
    return file == null ? null : new Download(file.fileName(), file.contentType(), file.content());
  }

  private FileDownload located(HttpServletRequest request) {
    String quote = request.getParameter("quote");
    if (quote != null) {
      return quotes.pdf(id(request, "quote"));
    }
    String attachment = request.getParameter("attachment");
    if (attachment == null) {
      return null;
    }
    String enrolment = request.getParameter("enrolment");
    if (enrolment != null) {
      return myLearning.attachment(
          id(request, "enrolment"), id(request, "lesson"), id(request, "attachment"));
    }
    return lessons.attachment(id(request, "attachment"));
  }
}

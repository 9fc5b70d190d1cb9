package bg.omegasoft.messaging.view;

import bg.omegasoft.messaging.boundary.OutgoingMails;
import bg.omegasoft.messaging.entity.MailAttachment;
import bg.omegasoft.shared.web.FileDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/** An attachment of an outgoing mail (?id=), for administrators (web.xml, /messaging/*). */
@WebServlet("/messaging/attachment")
public class MailAttachmentServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @EJB private OutgoingMails mails;

  @Override
  protected Download find(HttpServletRequest request) {
    MailAttachment attachment = mails.attachment(id(request, "id"));
    return new Download(
        attachment.getFileName(), attachment.getContentType(), attachment.getContent());
  }
}

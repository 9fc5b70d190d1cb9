package bg.omegasoft.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;

/**
 * Ends a page request with an error page and its real status. A full request gets the container's
 * error page for the status (web.xml); an Ajax request, which cannot show another page, is sent to
 * the error page, which answers with the same status.
 */
final class ErrorAnswers {

  /** Request attribute: the incident id under which an unexpected failure was logged. */
  static final String INCIDENT = "omex.incident";

  private ErrorAnswers() {}

  /** 400, 403 or 404 with its error page. */
  static void status(FacesContext context, int status) {
    end(context, status, "/error/" + status + ".xhtml");
  }

  /** The page's state is gone (session ended, view state missing or garbled): "load it again". */
  static void expired(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    redirect(context, external.getRequestContextPath() + "/error/expired.xhtml");
  }

  /** 500 with the error page showing the incident id of the logged failure. */
  static void incident(FacesContext context, String incident) {
    context.getExternalContext().getRequestMap().put(INCIDENT, incident);
    end(context, 500, "/error/500.xhtml?incident=" + incident);
  }

  private static void end(FacesContext context, int status, String page) {
    ExternalContext external = context.getExternalContext();
    if (external.getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)) {
      // the error page itself failed: keep its status, no second error page
      context.responseComplete();
      return;
    }
    if (context.getPartialViewContext().isAjaxRequest()) {
      redirect(context, external.getRequestContextPath() + page);
      return;
    }
    try {
      external.responseSendError(status, null);
    } catch (IOException | IllegalStateException e) {
      // the response is already committed: its status can no longer change
    }
    context.responseComplete();
  }

  private static void redirect(FacesContext context, String url) {
    try {
      context.getExternalContext().redirect(url);
    } catch (IOException | IllegalStateException e) {
      // the response is already committed: nothing more can be said to the browser
    }
    context.responseComplete();
  }
}

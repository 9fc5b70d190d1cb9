package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.search.ComponentNotFoundException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.webapp.FacesServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Every failure on a page gets one clear answer, so backing beans need no try/catch:
 *
 * <ul>
 *   <li>a refused business action (a {@link BusinessException} or violated constraints, however
 *       deeply wrapped) becomes a message on the same page, and nothing the user typed is lost;
 *   <li>a page opened for a record that does not exist answers 404, one the caller's roles may not
 *       see 403, each with its error page;
 *   <li>a post whose page state is gone (session ended, view state missing or garbled) leads to the
 *       "page has expired" page;
 *   <li>a post our pages did not send (a field the framework needs missing or garbled, unknown
 *       components, a wrong nonce) answers 400, with one line in the log;
 *   <li>anything else is a fault of ours: one log entry with an incident id, and the 500 page
 *       showing that id.
 * </ul>
 */
public class FailureHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());
  private static final int MAX_LOGGED_MESSAGE = 200;

  public FailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    // the same failure can be queued more than once (e.g. by a file upload listener): show it once
    Set<Throwable> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean ended = false;
    while (events.hasNext()) {
      ExceptionQueuedEventContext queued = events.next().getContext();
      events.remove();
      if (!ended) {
        // after an error page, further failures of the same request are its consequences
        ended = answer(context, queued.getException(), queued.getPhaseId(), shown);
      }
    }
    getWrapped().handle();
  }

  /** Answers one failure; true when the request ended with an error page. */
  private static boolean answer(
      FacesContext context, Throwable thrown, PhaseId phase, Set<Throwable> shown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException && opening(context)) {
        ErrorAnswers.status(context, 404);
        return true;
      }
      if (cause instanceof BusinessException business) {
        if (shown.add(business)) {
          Messages.error(business);
        }
        return false;
      }
      if (cause instanceof ConstraintViolationException violations) {
        Messages.error(violations);
        return false;
      }
      if (cause instanceof EJBAccessException) {
        if (opening(context)) {
          ErrorAnswers.status(context, 403);
          return true;
        }
        Messages.error("error.403.text");
        return false;
      }
      if (cause instanceof ViewExpiredException) {
        ErrorAnswers.expired(context);
        return true;
      }
    }
    if (malformed(context, thrown, phase)) {
      LOG.info(() -> "Malformed request to " + path(context) + " answered 400: " + line(thrown));
      ErrorAnswers.status(context, 400);
      return true;
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE, "Unexpected failure on " + path(context) + ", incident " + incident, thrown);
    ErrorAnswers.incident(context, incident);
    return true;
  }

  /** Whether the page is being opened (a GET with its view parameters), not submitted. */
  private static boolean opening(FacesContext context) {
    return !context.isPostback() && !context.getPartialViewContext().isAjaxRequest();
  }

  /**
   * Whether a post failed because of what it sent rather than because of us: the framework itself
   * (no code of ours on the stack) failed while restoring the page or reading the submitted values,
   * or it named components or a script nonce the page does not have.
   */
  private static boolean malformed(FacesContext context, Throwable thrown, PhaseId phase) {
    if (opening(context)) {
      return false;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ComponentNotFoundException || cause instanceof CspException) {
        return true;
      }
    }
    boolean reading =
        phase == PhaseId.RESTORE_VIEW
            || phase == PhaseId.APPLY_REQUEST_VALUES
            || phase == PhaseId.PROCESS_VALIDATIONS;
    return reading && !ours(root(thrown));
  }

  /** Whether code of this platform ran between the Faces servlet and the failure. */
  private static boolean ours(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getClassName().equals(FacesServlet.class.getName())) {
        return false;
      }
      if (frame.getClassName().startsWith("bg.omegasoft.")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable root(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The failure on one line, short, without the control characters a request may smuggle in. */
  private static String line(Throwable thrown) {
    Throwable root = root(thrown);
    String text = root.getClass().getName() + ": " + root.getMessage();
    text = text.replaceAll("\\p{Cntrl}", " ");
    return text.length() > MAX_LOGGED_MESSAGE ? text.substring(0, MAX_LOGGED_MESSAGE) + "…" : text;
  }

  private static String path(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    String uri = request instanceof HttpServletRequest http ? http.getRequestURI() : "?";
    return uri.replaceAll("\\p{Cntrl}", " ");
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new FailureHandler(getWrapped().getExceptionHandler());
    }
  }
}

package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns a refused business action (a {@link BusinessException} or violated constraints, however
 * deeply wrapped) into a message on the same page, so backing beans need no try/catch for them and
 * nothing the user typed is lost. A page opened for a record that does not exist answers 404.
 * Anything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    // the same failure can be queued more than once (e.g. by a file upload listener): show it once
    Set<Throwable> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof NotFoundException && opening()) {
          notFound();
          events.remove();
          break;
        }
        if (cause instanceof BusinessException business) {
          if (shown.add(business)) {
            Messages.error(business);
          }
          events.remove();
          break;
        }
        if (cause instanceof ConstraintViolationException violations) {
          Messages.error(violations);
          events.remove();
          break;
        }
      }
    }
    getWrapped().handle();
  }

  /** Whether the page is being opened (a GET with its view parameters), not submitted. */
  private static boolean opening() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && !context.isPostback() && !context.getResponseComplete();
  }

  /** A page opened for a record that does not exist answers 404 with the error page. */
  private static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}

package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;

/**
 * Turns a refused business action (a {@link BusinessException} or violated constraints, however
 * deeply wrapped) into a message on the same page, so backing beans need no try/catch for them and
 * nothing the user typed is lost. Anything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof BusinessException business) {
          Messages.error(business);
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

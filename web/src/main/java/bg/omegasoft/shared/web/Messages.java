package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Objects;
import java.util.stream.Stream;

/** Puts texts from the bundles on the page as Faces messages, in the view's language. */
public final class Messages {

  private Messages() {}

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, null, key, arguments);
  }

  /** Keeps the messages of this request for the page a redirect leads to. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void warn(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_WARN, null, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
  }

  /**
   * Shows a refused business action; field errors go next to their field when a form of the page
   * has a component with that id.
   */
  public static void error(BusinessException failure) {
    String clientId = null;
    if (failure instanceof InvalidInputException invalid) {
      clientId = invalid.fieldKeys().keySet().stream().findFirst().orElse(null);
    }
    add(FacesMessage.SEVERITY_ERROR, clientId, failure.messageKey(), failure.arguments());
  }

  /** Shows each violated constraint as an error message. */
  public static void error(ConstraintViolationException violations) {
    FacesContext context = FacesContext.getCurrentInstance();
    violations
        .getConstraintViolations()
        .forEach(
            v ->
                context.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), v.getMessage())));
    context.validationFailed();
  }

  private static void add(
      FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = Texts.text(context.getViewRoot().getLocale(), key, arguments);
    context.addMessage(
        clientId == null ? null : qualified(context, clientId),
        new FacesMessage(severity, text, text));
    if (severity == FacesMessage.SEVERITY_ERROR) {
      context.validationFailed();
    }
  }

  /** The field in the form "form", else in the first form of the page that has it. */
  private static String qualified(FacesContext context, String field) {
    if (context.getViewRoot().findComponent(":form:" + field) != null) {
      return "form:" + field;
    }
    return forms(context.getViewRoot())
        .map(form -> form.findComponent(field))
        .filter(Objects::nonNull)
        .map(component -> component.getClientId(context))
        .findFirst()
        .orElse(null);
  }

  private static Stream<UIForm> forms(UIComponent parent) {
    return parent.getChildren().stream()
        .flatMap(child -> child instanceof UIForm form ? Stream.of(form) : forms(child));
  }
}

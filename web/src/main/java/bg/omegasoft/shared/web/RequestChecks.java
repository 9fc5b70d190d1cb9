package bg.omegasoft.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.RequestDispatcher;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Checks a page request before the page does any work for it. Registered in faces-config.xml.
 *
 * <ul>
 *   <li>A page opened with a view parameter that does not convert or validate ({@code ?id=abc})
 *       names nothing that exists: it answers 404 at once, before its view actions run and before
 *       anything renders from a half-filled backing bean.
 *   <li>A post must carry the script nonce of its page (PrimeFaces' CSP mode). PrimeFaces would
 *       find a missing or foreign one only while rendering the answer, half of which is then
 *       written; checked as soon as the page is restored, the post gets a clean 400 ({@link
 *       FailureHandler}).
 * </ul>
 */
public class RequestChecks implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String ERROR_STATUS = RequestDispatcher.ERROR_STATUS_CODE;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // every check looks at the outcome of a phase
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    boolean opening = !context.isPostback() && !context.getPartialViewContext().isAjaxRequest();
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW
        && !opening
        && context.getViewRoot() != null
        && !context.getExternalContext().getRequestMap().containsKey(ERROR_STATUS)
        && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      // throws CspException when the post's nonce is missing or not its page's
      PrimeFacesContext.getCspState(context).getNonce();
    }
    if (event.getPhaseId() == PhaseId.PROCESS_VALIDATIONS
        && !context.isPostback()
        && context.isValidationFailed()) {
      ErrorAnswers.status(context, 404);
    }
  }
}

package bg.omegasoft.organisation.view;

import bg.omegasoft.servicedesk.control.ConfirmationLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The figures the privacy notice states that come from settings: how many days an unconfirmed
 * request from the public form is kept before it is removed.
 */
@Named
@RequestScoped
public class PrivacyView {

  public long getConfirmationDays() {
    return ConfirmationLinks.validity().toDays();
  }
}

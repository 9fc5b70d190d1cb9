package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.OfferForm;
import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * public/offer.xhtml: "request an offer"; {@code ?programme=} names the catalogue programme the
 * visitor came from, kept with the request as a reference.
 */
@Named
@ViewScoped
public class PublicOfferBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Intake intake;
  @Inject private LanguageSelection language;

  private final OfferForm form = new OfferForm();
  private String number;

  public void submit() {
    form.setLanguage(language.getLanguage());
    number = intake.submitOffer(form, PublicRequestBacking.address()).getNumber();
  }

  public OfferForm getForm() {
    return form;
  }

  public String getNumber() {
    return number;
  }

  public String getProgramme() {
    return form.getProgramme();
  }

  /** Only a plain id is kept: the parameter comes from any link. */
  public void setProgramme(String programme) {
    form.setProgramme(
        programme == null || !programme.matches("[A-Za-z0-9._-]{1,40}") ? null : programme);
  }
}

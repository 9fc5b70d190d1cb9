package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Recommendations;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * public/recommend.xhtml: "recommend us" for anyone: who recommends, the recommended company and
 * its contact person; the referrer is thanked by e-mail in the page's language.
 */
@Named
@ViewScoped
public class PublicRecommendBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Recommendations recommendations;
  @Inject private LanguageSelection language;

  private final ReferralForm form = new ReferralForm();
  private String number;

  public void submit() {
    form.setLanguage(language.getLanguage());
    number = recommendations.recommendPublic(form, PublicRequestBacking.address()).getNumber();
  }

  public ReferralForm getForm() {
    return form;
  }

  public String getNumber() {
    return number;
  }
}

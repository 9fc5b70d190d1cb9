package bg.omegasoft.it.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The backing bean of a page that exists only in the tests ({@link FacesFailuresIT} adds both to
 * the WAR it deploys): opening the page fails as a fault of ours would.
 */
@Named
@RequestScoped
public class FailingPageBacking {

  public void fail() {
    throw new IllegalStateException("A fault of the page, as a test of the failure answer");
  }
}

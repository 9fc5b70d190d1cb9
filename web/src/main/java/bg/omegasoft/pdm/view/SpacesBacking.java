package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** pdm/spaces.xhtml: the spaces the signed-in person may enter. */
@Named
@RequestScoped
public class SpacesBacking {

  @EJB private Spaces spaces;

  private List<SpaceSummary> mine;

  @PostConstruct
  void load() {
    mine = spaces.mine();
  }

  public List<SpaceSummary> getSpaces() {
    return mine;
  }
}

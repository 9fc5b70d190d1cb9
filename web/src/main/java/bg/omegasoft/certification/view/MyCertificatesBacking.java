package bg.omegasoft.certification.view;

import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.certification.entity.Certificate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** certification/my.xhtml: my certificates with their PDF in Bulgarian and English. */
@Named
@RequestScoped
public class MyCertificatesBacking {

  @EJB private Certificates certificates;

  private List<Certificate> mine;

  @PostConstruct
  void load() {
    mine = certificates.mine();
  }

  public List<Certificate> getMine() {
    return mine;
  }
}

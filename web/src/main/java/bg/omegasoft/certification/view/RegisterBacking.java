package bg.omegasoft.certification.view;

import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.certification.entity.Certificate;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** certification/register.xhtml: the register of certificates with search and CSV export. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Certificates certificates;

  /** The search box; no column, a length that fits any name or number searched for. */
  @Size(max = 100)
  private String q;

  private List<Certificate> found;

  public void load() {
    found = certificates.search(q);
  }

  public void search() {
    load();
  }

  public List<Certificate> getFound() {
    return found;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}

package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.Breaches;
import bg.omegasoft.pdm.entity.DataBreach;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * pdm/breaches.xhtml: the personal-data breach log with each breach's 72-hour clock; ADMIN logs a
 * breach and records what is known and whom it was told.
 */
@Named
@ViewScoped
public class BreachesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Breaches breaches;

  private List<DataBreach> all;
  private Instant now;
  private final BreachForm form = new BreachForm();

  @PostConstruct
  void load() {
    all = breaches.all();
    now = Instant.now();
  }

  public void startNew() {
    form.clear();
    form.setEditing(true);
  }

  public void edit(long id) {
    form.fill(breaches.breach(id));
  }

  public void save() {
    if (form.getId() == null) {
      breaches.log(form.facts());
    } else {
      breaches.update(form.getId(), form.getVersion(), form.facts(), form.notification());
    }
    Messages.info("saved");
    form.clear();
    load();
  }

  public void cancel() {
    form.clear();
  }

  /** The breach's clock as the page was loaded. */
  public DataBreach.Clock clock(DataBreach breach) {
    return breach.clockAt(now);
  }

  public List<DataBreach> getAll() {
    return all;
  }

  public BreachForm getForm() {
    return form;
  }
}

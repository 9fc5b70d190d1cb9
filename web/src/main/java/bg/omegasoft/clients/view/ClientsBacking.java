package bg.omegasoft.clients.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** clients/clients.xhtml: the register of client companies. */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Clients clients;

  private List<Client> all;
  private List<Client> filtered;

  @PostConstruct
  void load() {
    all = clients.all();
  }

  public List<Client> getAll() {
    return all;
  }

  public List<Client> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<Client> filtered) {
    this.filtered = filtered;
  }
}

package bg.omegasoft.clients.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * clients/client.xhtml: registers a client or edits one (UIC checked), with its contacts, its
 * service contracts (the mark follows them) and its licences of Omex® products with their owner
 * history. Opened with {@code ?id=} for an existing client.
 */
@Named
@ViewScoped
public class ClientBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Clients clients;
  @EJB private Contracts contracts;

  private Long id;
  private Client client;
  private List<Licence> licences = List.of();
  private List<Contract> contractsOfClient = List.of();
  private final NewContact contact = new NewContact();
  private final NewLicence licence = new NewLicence();

  /** f:viewAction: the client named by the id parameter, or a blank one to register. */
  public void load() {
    if (id == null) {
      client = Client.blank();
    } else {
      show(clients.find(id));
    }
  }

  public String save() {
    boolean created = client.getId() == null;
    show(clients.save(client));
    if (created) {
      Messages.info("client.created", client.getName());
      return "client?faces-redirect=true&id=" + client.getId();
    }
    Messages.info("saved");
    return null;
  }

  public void addContact() {
    show(clients.addContact(id, contact.name, contact.position, contact.email, contact.phone));
    contact.clear();
    Messages.info("saved");
  }

  public void removeContact(long contactId) {
    show(clients.removeContact(id, contactId));
  }

  public void addLicence() {
    clients.addLicence(id, licence.product, licence.number, licence.seats);
    licence.clear();
    show(clients.find(id));
    Messages.info("saved");
  }

  private void show(Client shown) {
    client = shown;
    id = shown.getId();
    licences = clients.licencesOf(id);
    contractsOfClient = contracts.ofClient(id);
  }

  public List<Contract> getContracts() {
    return contractsOfClient;
  }

  public Client getClient() {
    return client;
  }

  public List<Licence> getLicences() {
    return licences;
  }

  public NewContact getContact() {
    return contact;
  }

  public NewLicence getLicence() {
    return licence;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}

package bg.omegasoft.learning.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.learning.boundary.IndividualProgrammes;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** learning/programmes.xhtml: standard and individual programmes; a new one of either kind. */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Programmes programmes;
  @EJB private IndividualProgrammes individuals;
  @EJB private Products products;
  @EJB private Clients clients;

  private List<Programme> standard;
  private List<Programme> individual;
  private Long productId;
  private Level level;

  @Size(max = 200)
  private String title;

  private Long clientId;
  private List<Product> productChoices;
  private List<Client> clientChoices;

  @PostConstruct
  void load() {
    productChoices = products.all();
    clientChoices = clients.all();
    standard = programmes.ofKind(ProgrammeKind.STANDARD);
    individual = programmes.ofKind(ProgrammeKind.INDIVIDUAL);
  }

  public void createStandard() throws IOException {
    Programme created = programmes.createStandard(idOrNone(productId), level, title);
    open(created);
  }

  public void createIndividual() throws IOException {
    Programme created = individuals.create(idOrNone(clientId), idOrNone(productId), level, title);
    open(created);
  }

  private static long idOrNone(Long id) {
    return id == null ? -1 : id;
  }

  private static void open(Programme created) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/learning/programme.xhtml?id=" + created.getId());
  }

  public List<Product> getProducts() {
    return productChoices;
  }

  public List<Client> getClients() {
    return clientChoices;
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public List<Programme> getStandard() {
    return standard;
  }

  public List<Programme> getIndividual() {
    return individual;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }
}

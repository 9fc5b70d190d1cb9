package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;

/** The vendor's products and their topics: TRAINERs keep them, the vendor's people read them. */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class Products {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public List<Product> all() {
    return em.createNamedQuery(Product.FIND_ALL, Product.class).getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public Product find(long id) {
    Product product = em.find(Product.class, id);
    if (product == null) {
      throw new NotFoundException("Product", id);
    }
    return product;
  }

  public Product add(String code, String name) {
    String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(normalised).matches()) {
      throw new InvalidInputException("code", "product.codeInvalid");
    }
    requireName("name", name, 120);
    boolean taken =
        all().stream().anyMatch(p -> p.getCode().equals(normalised) || p.getName().equals(name));
    if (taken) {
      throw new InvalidInputException("code", "product.taken");
    }
    Product product = new Product(normalised, name.strip(), all().size() + 1);
    em.persist(product);
    em.flush();
    audit.record("PRODUCT_CREATED", "Product", product.getId(), product.getName());
    return product;
  }

  public Topic addTopic(long productId, String name) {
    requireName("topicName", name, 160);
    Product product = find(productId);
    if (product.getTopics().stream().anyMatch(t -> t.getName().equalsIgnoreCase(name.strip()))) {
      throw new InvalidInputException("topicName", "topic.taken");
    }
    Topic topic = product.addTopic(name.strip());
    em.flush();
    audit.record("TOPIC_CREATED", "Topic", topic.getId(), product.getCode() + ": " + name);
    return topic;
  }

  private static void requireName(String field, String name, int max) {
    if (name == null || name.isBlank() || name.strip().length() > max) {
      throw new InvalidInputException(field, "product.nameRequired");
    }
  }
}

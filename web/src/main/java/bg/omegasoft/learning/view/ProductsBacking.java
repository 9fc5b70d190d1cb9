package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** learning/products.xhtml: the vendor's products and their topics. */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Products products;

  private List<Product> all;

  @Size(max = 20)
  private String code;

  @Size(max = 120)
  private String name;

  private Long productId;

  @Size(max = 160)
  private String topicName;

  @PostConstruct
  void load() {
    all = products.all();
  }

  public void addProduct() {
    products.add(code, name);
    code = null;
    name = null;
    load();
    Messages.info("saved");
  }

  public void addTopic() {
    products.addTopic(productId == null ? -1 : productId, topicName);
    topicName = null;
    load();
    Messages.info("saved");
  }

  public List<Product> getAll() {
    return all;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getTopicName() {
    return topicName;
  }

  public void setTopicName(String topicName) {
    this.topicName = topicName;
  }
}

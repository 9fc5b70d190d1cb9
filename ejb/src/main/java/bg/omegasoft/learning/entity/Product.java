package bg.omegasoft.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** One of the vendor's Omex products (payroll, HR, time and attendance) with its topics. */
@Entity
@Table(name = "learning_product")
@NamedQuery(name = Product.FIND_ALL, query = "select p from Product p order by p.position, p.name")
public class Product {

  public static final String FIND_ALL = "Product.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  private String name;

  private int position;

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
  @OrderBy("position, name")
  private List<Topic> topics = new ArrayList<>();

  @Version private int version;

  protected Product() {}

  public Product(String code, String name, int position) {
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public Topic addTopic(String topicName) {
    Topic topic = new Topic(this, topicName, topics.size() + 1);
    topics.add(topic);
    return topic;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public List<Topic> getTopics() {
    return topics;
  }
}

package bg.omegasoft.learning.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A subject within a product; tests and programmes are measured by topics. */
@Entity
@Table(name = "learning_topic")
public class Topic {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  private String name;

  private int position;

  protected Topic() {}

  Topic(Product product, String name, int position) {
    this.product = product;
    this.name = name;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }
}

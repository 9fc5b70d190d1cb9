package bg.omegasoft.clients.entity;

import bg.omegasoft.shared.entity.Uic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A client company of the vendor, identified by its UIC (ЕИК). */
@Entity
@Table(name = "client")
@NamedQuery(name = Client.FIND_ALL, query = "select c from Client c order by c.name")
@NamedQuery(name = Client.FIND_BY_UIC, query = "select c from Client c where c.uic = :uic")
public class Client {

  public static final String FIND_ALL = "Client.findAll";
  public static final String FIND_BY_UIC = "Client.findByUic";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Uic
  @Column(unique = true, length = 13)
  private String uic;

  @Pattern(regexp = "BG\\d{9,10}", message = "{vat.invalid}")
  @Column(name = "vat_number", length = 14)
  private String vatNumber;

  @Size(max = 200)
  private String street;

  @Size(max = 100)
  private String city;

  @Size(max = 10)
  private String postcode;

  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Client() {}

  public Client(String name, String uic, Instant createdAt) {
    this.name = name;
    this.uic = uic;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getUic() {
    return uic;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

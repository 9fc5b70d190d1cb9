package bg.omegasoft.clients.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A contact person of a client company: whom the vendor calls and writes to. */
@Entity
@Table(name = "client_contact")
public class Contact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id")
  private Client client;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 100)
  private String position;

  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  protected Contact() {}

  Contact(Client client, String name, String position, String email, String phone) {
    this.client = client;
    this.name = name == null ? null : name.strip();
    this.position = blankToNull(position);
    this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    this.phone = blankToNull(phone);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public String getName() {
    return name;
  }

  public String getPosition() {
    return position;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }
}

package bg.omegasoft.clients.entity;

import bg.omegasoft.shared.entity.Uic;
import bg.omegasoft.shared.entity.VatNumber;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A client company of the vendor, identified by its UIC (ЕИК), with its contacts. */
@Entity
@Table(name = "client")
@NamedQuery(name = Client.FIND_ALL, query = "select c from Client c order by c.name")
@NamedQuery(name = Client.FIND_BY_UIC, query = "select c from Client c where c.uic = :uic")
@NamedQuery(
    name = Client.FIND_BY_EMAIL,
    query =
        "select distinct c from Client c left join c.contacts k"
            + " where lower(c.email) = :email or lower(k.email) = :email")
public class Client {

  public static final String FIND_ALL = "Client.findAll";
  public static final String FIND_BY_UIC = "Client.findByUic";
  public static final String FIND_BY_EMAIL = "Client.findByEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Uic
  @Size(max = 13)
  @Column(unique = true, length = 13)
  private String uic;

  @Pattern(regexp = VatNumber.PATTERN, message = "{vat.invalid}")
  @Size(max = 14)
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

  /**
   * Whether a service contract is in force (or concluded and starting later); the contracts
   * capability keeps it through {@code Clients.markServiceContract}, never the client form.
   */
  @Column(name = "has_service_contract", nullable = false)
  private boolean hasServiceContract;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Valid
  @OneToMany(
      mappedBy = "client",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("name")
  private List<Contact> contacts = new ArrayList<>();

  @Version private int version;

  protected Client() {}

  public Client(String name, String uic, Instant createdAt) {
    this.name = name;
    this.uic = uic;
    this.createdAt = createdAt;
  }

  /** An empty client for a form that creates one. */
  public static Client blank() {
    return new Client();
  }

  /** Copies the editable details from the form's copy (the contract mark is not one of them). */
  public void takeDetailsFrom(Client edited) {
    this.name = strip(edited.name);
    this.uic = strip(edited.uic);
    this.vatNumber = blankToNull(edited.vatNumber);
    this.street = blankToNull(edited.street);
    this.city = blankToNull(edited.city);
    this.postcode = blankToNull(edited.postcode);
    this.email = blankToNull(edited.email);
    this.phone = blankToNull(edited.phone);
  }

  public void registeredAt(Instant now) {
    this.createdAt = now;
  }

  public Contact addContact(String name, String position, String email, String phone) {
    Contact contact = new Contact(this, name, position, email, phone);
    contacts.add(contact);
    return contact;
  }

  public void removeContact(long contactId) {
    contacts.removeIf(c -> c.getId() != null && c.getId() == contactId);
  }

  /** Whether this address belongs to the company or one of its contacts (case ignored). */
  public boolean knowsAddress(String address) {
    if (address == null) {
      return false;
    }
    String wanted = address.strip().toLowerCase(Locale.ROOT);
    return wanted.equals(lower(email))
        || contacts.stream().anyMatch(c -> wanted.equals(lower(c.getEmail())));
  }

  /** The address for an on-site visit, on one line. */
  public String address() {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {street, postcode == null ? city : postcode + " " + city}) {
      if (part != null && !part.isBlank() && !part.equals("null")) {
        line.append(line.length() == 0 ? "" : ", ").append(part.strip());
      }
    }
    return line.toString();
  }

  private static String lower(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUic() {
    return uic;
  }

  public void setUic(String uic) {
    this.uic = uic;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isHasServiceContract() {
    return hasServiceContract;
  }

  public void setHasServiceContract(boolean hasServiceContract) {
    this.hasServiceContract = hasServiceContract;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Contact> getContacts() {
    return List.copyOf(contacts);
  }

  public int getVersion() {
    return version;
  }
}

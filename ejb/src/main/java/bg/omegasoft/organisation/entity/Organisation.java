package bg.omegasoft.organisation.entity;

import bg.omegasoft.shared.entity.Iban;
import bg.omegasoft.shared.entity.Letterhead;
import bg.omegasoft.shared.entity.Uic;
import bg.omegasoft.shared.entity.VatNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The vendor itself: its legal details for invoices and certificates, its bank account (payments
 * are by bank transfer only), its contacts, and the policy switches of the charter.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  /** There is one organisation; its row has this id. */
  public static final long THE_ID = 1L;

  @Id private Long id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Uic
  @Size(max = 13)
  @Column(length = 13)
  private String uic;

  @Pattern(regexp = VatNumber.PATTERN, message = "{vat.invalid}")
  @Size(max = 14)
  @Column(name = "vat_number", length = 14)
  private String vatNumber;

  @NotBlank
  @Size(max = 200)
  private String street;

  @NotBlank
  @Size(max = 100)
  private String city;

  @Size(max = 10)
  private String postcode;

  @NotBlank
  @Size(max = 40)
  private String phone;

  @Size(max = 40)
  @Column(name = "phone_alt")
  private String phoneAlt;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 200)
  private String website;

  @NotBlank
  @Iban
  @Size(max = 34)
  @Column(length = 34)
  private String iban;

  @NotBlank
  @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "{bic.invalid}")
  @Size(max = 11)
  @Column(length = 11)
  private String bic;

  @NotBlank
  @Size(max = 200)
  @Column(name = "bank_name")
  private String bankName;

  @Column(name = "remote_only", nullable = false)
  private boolean remoteOnly;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 60)
  private String updatedBy;

  @Version private int version;

  /** Copies the editable details from another instance (the form's copy). */
  public void takeDetailsFrom(Organisation other) {
    this.name = other.name;
    this.uic = other.uic;
    this.vatNumber = blankToNull(other.vatNumber);
    this.street = other.street;
    this.city = other.city;
    this.postcode = blankToNull(other.postcode);
    this.phone = other.phone;
    this.phoneAlt = blankToNull(other.phoneAlt);
    this.email = other.email;
    this.website = blankToNull(other.website);
    this.iban = other.iban == null ? null : other.iban.replace(" ", "");
    this.bic = other.bic;
    this.bankName = other.bankName;
    this.remoteOnly = other.remoteOnly;
  }

  public void recordChange(String who, Instant when) {
    this.updatedBy = who;
    this.updatedAt = when;
  }

  /** Whether the remote-only policy holds, so on-site visits and classroom sessions are off. */
  public boolean isRemoteOnly() {
    return remoteOnly;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The details every document's letterhead shows. */
  public Letterhead letterhead() {
    return new Letterhead(name, uic, vatNumber, street, postcode, city, phone, email, website);
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  /** The published phone lines, main first: the phone and the second phone, those that are set. */
  public List<String> lines() {
    return Stream.of(phone, phoneAlt)
        .filter(n -> n != null && !n.isBlank())
        .map(String::strip)
        .toList();
  }

  public String getPhoneAlt() {
    return phoneAlt;
  }

  public void setPhoneAlt(String phoneAlt) {
    this.phoneAlt = phoneAlt;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBic() {
    return bic;
  }

  public void setBic(String bic) {
    this.bic = bic;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public void setRemoteOnly(boolean remoteOnly) {
    this.remoteOnly = remoteOnly;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}

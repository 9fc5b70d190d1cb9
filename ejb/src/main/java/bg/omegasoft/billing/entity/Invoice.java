package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.entity.Letterhead;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * An issued invoice or note (B5, B6) with the supplier's and customer's data frozen at issue. It is
 * written once by the issuing code and never changed: the entity is read-only and has no setters,
 * and database triggers refuse any update or deletion of an issued document.
 */
@Entity
@ReadOnly
@Table(name = "invoice")
@NamedQuery(
    name = Invoice.FIND_BY_NUMBER,
    query = "select i from Invoice i where i.number = :number")
public class Invoice {

  public static final String FIND_BY_NUMBER = "Invoice.findByNumber";
  public static final String ISSUER = "OMEX";

  @Id private Long id;
  private String issuer;
  private String number;

  @Enumerated(EnumType.STRING)
  private InvoiceKind kind;

  private String status;

  @Column(name = "client_id")
  private long clientId;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "tax_date")
  private LocalDate taxDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "supplier_name")
  private String supplierName;

  @Column(name = "supplier_address")
  private String supplierAddress;

  @Column(name = "supplier_city")
  private String supplierCity;

  @Column(name = "supplier_postcode")
  private String supplierPostcode;

  @Column(name = "supplier_uic")
  private String supplierUic;

  @Column(name = "supplier_vat")
  private String supplierVat;

  @Column(name = "customer_name")
  private String customerName;

  @Column(name = "customer_address")
  private String customerAddress;

  @Column(name = "customer_city")
  private String customerCity;

  @Column(name = "customer_postcode")
  private String customerPostcode;

  @Column(name = "customer_uic")
  private String customerUic;

  @Column(name = "customer_vat")
  private String customerVat;

  private String iban;
  private String bic;

  @Column(name = "bank_name")
  private String bankName;

  @Column(name = "payment_reference")
  private String paymentReference;

  private String currency;

  @Column(name = "tax_base")
  private BigDecimal taxBase;

  private BigDecimal vat;
  private BigDecimal total;

  @Column(name = "referenced_id")
  private Long referencedId;

  private String reason;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @OneToMany(mappedBy = "invoice")
  @OrderBy("lineNo")
  private List<InvoiceLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "invoice")
  @OrderBy("rate")
  private List<InvoiceVat> vatBreakdown = new ArrayList<>();

  protected Invoice() {}

  /** Notes reduce (credit) or add to (debit) what the referenced invoice asks. */
  public BigDecimal signedTotal() {
    return kind == InvoiceKind.CREDIT_NOTE ? total.negate() : total;
  }

  public boolean isNote() {
    return kind != InvoiceKind.INVOICE;
  }

  public Long getId() {
    return id;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getNumber() {
    return number;
  }

  public InvoiceKind getKind() {
    return kind;
  }

  public String getStatus() {
    return status;
  }

  public long getClientId() {
    return clientId;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getTaxDate() {
    return taxDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  /** The supplier as the invoice was issued, for the document's letterhead. */
  public Letterhead supplier() {
    return new Letterhead(
        supplierName,
        supplierUic,
        supplierVat,
        supplierAddress,
        supplierPostcode,
        supplierCity,
        null,
        null,
        null);
  }

  public String getSupplierName() {
    return supplierName;
  }

  public String getSupplierAddress() {
    return supplierAddress;
  }

  public String getSupplierCity() {
    return supplierCity;
  }

  public String getSupplierPostcode() {
    return supplierPostcode;
  }

  public String getSupplierUic() {
    return supplierUic;
  }

  public String getSupplierVat() {
    return supplierVat;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerAddress() {
    return customerAddress;
  }

  public String getCustomerCity() {
    return customerCity;
  }

  public String getCustomerPostcode() {
    return customerPostcode;
  }

  public String getCustomerUic() {
    return customerUic;
  }

  public String getCustomerVat() {
    return customerVat;
  }

  public String getIban() {
    return iban;
  }

  public String getBic() {
    return bic;
  }

  public String getBankName() {
    return bankName;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTaxBase() {
    return taxBase;
  }

  public BigDecimal getVat() {
    return vat;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Long getReferencedId() {
    return referencedId;
  }

  public String getReason() {
    return reason;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public List<InvoiceLine> getLines() {
    return List.copyOf(lines);
  }

  public List<InvoiceVat> getVatBreakdown() {
    return List.copyOf(vatBreakdown);
  }
}

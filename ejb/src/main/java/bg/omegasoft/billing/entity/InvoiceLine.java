package bg.omegasoft.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/** A line of an issued document; a billable item reaches at most one line (unique key). */
@Entity
@ReadOnly
@Table(name = "invoice_line")
public class InvoiceLine {

  public static final String REFERRAL_REWARD = "REFERRAL_REWARD";

  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(name = "line_no")
  private int lineNo;

  @Column(name = "billable_item_id")
  private Long billableItemId;

  @Column(name = "referenced_line_id")
  private Long referencedLineId;

  /** A service type's name, or {@link #REFERRAL_REWARD} for a discount. */
  @Column(name = "service_type")
  private String serviceType;

  @Column(name = "description_bg")
  private String description;

  @Column(name = "done_on")
  private LocalDate doneOn;

  private BigDecimal quantity;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "unit_bg")
  private String unitBg;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "tax_base")
  private BigDecimal taxBase;

  @Column(name = "vat_rate")
  private BigDecimal vatRate;

  @Column(name = "covered_hours")
  private BigDecimal coveredHours;

  protected InvoiceLine() {}

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public int getLineNo() {
    return lineNo;
  }

  public Long getBillableItemId() {
    return billableItemId;
  }

  public Long getReferencedLineId() {
    return referencedLineId;
  }

  public String getServiceType() {
    return serviceType;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitBg() {
    return unitBg;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getTaxBase() {
    return taxBase;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public BigDecimal getCoveredHours() {
    return coveredHours;
  }
}

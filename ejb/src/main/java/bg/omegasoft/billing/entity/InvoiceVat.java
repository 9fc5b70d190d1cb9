package bg.omegasoft.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/** One rate of an issued document's VAT breakdown. */
@Entity
@ReadOnly
@Table(name = "invoice_vat")
@IdClass(InvoiceVat.Key.class)
public class InvoiceVat {

  @Id
  @ManyToOne
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Id private BigDecimal rate;

  @Column(name = "tax_base")
  private BigDecimal taxBase;

  private BigDecimal vat;

  protected InvoiceVat() {}

  public BigDecimal getRate() {
    return rate;
  }

  public BigDecimal getTaxBase() {
    return taxBase;
  }

  public BigDecimal getVat() {
    return vat;
  }

  /** The composite key: the document and the rate. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long invoice;
    private BigDecimal rate;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(invoice, k.invoice)
          && Objects.equals(rate, k.rate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(invoice, rate);
    }
  }
}

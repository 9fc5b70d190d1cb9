package bg.omegasoft.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A finance or HR process of the client that the vendor runs as a recurring service (e.g. monthly
 * payroll), with its own monthly amount; the amounts are part of the contract's periodic fee.
 */
@Embeddable
public class OutsourcedProcess {

  @Enumerated(EnumType.STRING)
  private ProcessArea area;

  private String name;

  @Column(name = "monthly_amount", precision = 12, scale = 2)
  private BigDecimal monthlyAmount;

  protected OutsourcedProcess() {}

  public OutsourcedProcess(ProcessArea area, String name, BigDecimal monthlyAmount) {
    this.area = area;
    this.name = name;
    this.monthlyAmount = monthlyAmount;
  }

  public ProcessArea getArea() {
    return area;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getMonthlyAmount() {
    return monthlyAmount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutsourcedProcess that
        && area == that.area
        && Objects.equals(name, that.name)
        && Objects.equals(monthlyAmount, that.monthlyAmount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, name, monthlyAmount);
  }
}

package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.entity.ProcessArea;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** An outsourced process row of the form; blank rows are left out. */
public class ProcessRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String area = ProcessArea.HR.name();

  @Size(max = 200)
  private String name;

  private BigDecimal monthlyAmount;

  boolean isBlank() {
    return name == null || name.isBlank();
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getMonthlyAmount() {
    return monthlyAmount;
  }

  public void setMonthlyAmount(BigDecimal monthlyAmount) {
    this.monthlyAmount = monthlyAmount;
  }
}

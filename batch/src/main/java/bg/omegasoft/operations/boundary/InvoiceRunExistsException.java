package bg.omegasoft.operations.boundary;

import bg.omegasoft.shared.boundary.BusinessException;
import java.time.LocalDate;

/** A real invoice run for the billing date is running, completed, or waits for a restart. */
public class InvoiceRunExistsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvoiceRunExistsException(LocalDate billingDate, Object executionId) {
    super(
        "operations.invoiceRun.exists",
        billingDate.toString(),
        executionId == null ? "–" : executionId);
  }
}

package bg.omegasoft.contracts.view;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A manager's decision on contracts/assessment.xhtml: the statement and note, or the reason. */
public class ApprovalForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private boolean statementConfirmed;

  @Size(max = 1000)
  private String note;

  @Size(max = 1000)
  private String reason;

  public boolean isStatementConfirmed() {
    return statementConfirmed;
  }

  public void setStatementConfirmed(boolean statementConfirmed) {
    this.statementConfirmed = statementConfirmed;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

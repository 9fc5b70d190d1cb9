package bg.omegasoft.billing.entity;

/** An invoice, or a note that corrects one (B5). */
public enum InvoiceKind {
  INVOICE("Фактура", "Invoice", "380"),
  CREDIT_NOTE("Кредитно известие", "Credit note", "381"),
  DEBIT_NOTE("Дебитно известие", "Debit note", "383");

  private final String titleBg;
  private final String titleEn;
  private final String untdid1001;

  InvoiceKind(String titleBg, String titleEn, String untdid1001) {
    this.titleBg = titleBg;
    this.titleEn = titleEn;
    this.untdid1001 = untdid1001;
  }

  public String titleBg() {
    return titleBg;
  }

  public String titleEn() {
    return titleEn;
  }

  /** The document type code of EN 16931 (BT-3). */
  public String typeCode() {
    return untdid1001;
  }

  public String messageKey() {
    return "billing.kind." + name();
  }
}

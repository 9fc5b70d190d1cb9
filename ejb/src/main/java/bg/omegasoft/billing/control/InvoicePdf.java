package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.InvoiceVat;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.PdfDocument;
import bg.omegasoft.shared.control.PdfTable;
import java.util.Locale;

/**
 * The printable invoice or note, in Bulgarian (the original) or English (a copy on request): a
 * layout on the document kit, with the supplier as the invoice keeps it.
 */
public final class InvoicePdf {

  private InvoicePdf() {}

  /**
   * @param referenced the invoice a note refers to, null for an invoice
   * @param english an English copy instead of the Bulgarian original
   */
  public static byte[] of(Invoice invoice, Invoice referenced, boolean english) {
    String kind = english ? invoice.getKind().titleEn() : invoice.getKind().titleBg();
    Locale locale = english ? Formatter.ENGLISH : Formatter.BULGARIAN;
    PdfDocument.Texts t = PdfDocument.texts("bg.omegasoft.billing.control.invoice-pdf", locale);
    String title = t.get("title", kind, invoice.getNumber());
    PdfDocument pdf = PdfDocument.a4(locale, title, invoice.supplier());
    pdf.centered(title, pdf.title, 0)
        .centered(t.get("original"), pdf.small, 6)
        .paragraph(
            t.get("dates", pdf.date(invoice.getIssueDate()), pdf.date(invoice.getTaxDate())));
    if (referenced != null) {
      pdf.paragraph(
          t.get("refersTo", referenced.getNumber(), pdf.date(referenced.getIssueDate()))
              + (invoice.getReason() == null ? "" : t.get("reason", invoice.getReason())));
    }
    pdf.add(
        pdf.table(1, 1)
            .block(
                t.get("supplier"),
                invoice.getSupplierName(),
                invoice.getSupplierAddress(),
                place(invoice.getSupplierPostcode(), invoice.getSupplierCity()),
                pdf.registration(invoice.getSupplierUic(), invoice.getSupplierVat()))
            .block(
                t.get("customer"),
                invoice.getCustomerName(),
                invoice.getCustomerAddress(),
                place(invoice.getCustomerPostcode(), invoice.getCustomerCity()),
                pdf.registration(invoice.getCustomerUic(), invoice.getCustomerVat()))
            .spacing(10, 0));
    PdfTable lines =
        pdf.table(0.6f, 4.75f, 1.35f, 1.15f, 1.1f, 0.85f, 1.2f)
            .right(0, 2, 4, 5, 6)
            .header(
                "#",
                t.get("col.description"),
                t.get("col.quantity"),
                t.get("col.unit"),
                t.get("col.unitPrice"),
                t.get("col.vatRate"),
                t.get("col.base"))
            .spacing(12, 0);
    for (InvoiceLine line : invoice.getLines()) {
      lines.row(
          pdf.number(line.getLineNo()),
          line.getDescription(),
          pdf.quantity(line.getQuantity()),
          line.getUnitBg(),
          pdf.amount(line.getUnitPrice()),
          pdf.percent(line.getVatRate()),
          pdf.amount(line.getTaxBase()));
    }
    pdf.add(lines);
    PdfTable totals =
        pdf.table(6, 2)
            .right(1)
            .narrow(60)
            .spacing(8, 0)
            .row(t.get("taxBase"), pdf.money(invoice.getTaxBase()));
    for (InvoiceVat vat : invoice.getVatBreakdown()) {
      totals.row(
          t.get("vat", pdf.percent(vat.getRate()), pdf.money(vat.getTaxBase())),
          pdf.money(vat.getVat()));
    }
    pdf.add(totals.strongRow(t.get("total"), pdf.money(invoice.getTotal())));
    return pdf.heading(t.get("payment"))
        .paragraph(t.get("bank", invoice.getIban(), invoice.getBic(), invoice.getBankName()))
        .paragraph(t.get("due", pdf.date(invoice.getDueDate()), invoice.getPaymentReference()))
        .bytes();
  }

  private static String place(String postcode, String city) {
    return (postcode == null ? "" : postcode + " ") + city;
  }
}

package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.InvoiceVat;
import bg.omegasoft.shared.control.Formatter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The printable invoice or note, in Bulgarian (the original) or English (a copy on request), with a
 * font that has Cyrillic letters.
 */
public final class InvoicePdf {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

  private InvoicePdf() {}

  private record Labels(
      String original,
      String number,
      String issued,
      String taxDate,
      String supplier,
      String customer,
      String uic,
      String vatNo,
      String description,
      String quantity,
      String unit,
      String unitPrice,
      String base,
      String vatRate,
      String taxBase,
      String vat,
      String total,
      String payment,
      String due,
      String reference,
      String refersTo,
      String reason) {}

  private static final Labels BG =
      new Labels(
          "ОРИГИНАЛ",
          "№",
          "Дата на издаване",
          "Дата на данъчното събитие",
          "Доставчик",
          "Получател",
          "ЕИК",
          "ДДС №",
          "Описание",
          "Количество",
          "Мярка",
          "Ед. цена",
          "Стойност",
          "ДДС %",
          "Данъчна основа",
          "ДДС",
          "Сума за плащане",
          "Плащане по банков път",
          "Срок за плащане",
          "Основание за плащане",
          "Към фактура №",
          "Основание");

  private static final Labels EN =
      new Labels(
          "COPY IN ENGLISH",
          "No.",
          "Issue date",
          "Date of the taxable event",
          "Supplier",
          "Customer",
          "UIC",
          "VAT No.",
          "Description",
          "Quantity",
          "Unit",
          "Unit price",
          "Amount",
          "VAT %",
          "Tax base",
          "VAT",
          "Amount due",
          "Payment by bank transfer",
          "Due date",
          "Payment reference",
          "Refers to invoice No.",
          "Reason");

  /**
   * @param referenced the invoice a note refers to, null for an invoice
   * @param english an English copy instead of the Bulgarian original
   */
  public static byte[] of(Invoice invoice, Invoice referenced, boolean english) {
    Labels l = english ? EN : BG;
    Locale locale = english ? Formatter.ENGLISH : Formatter.BULGARIAN;
    BaseFont base = font();
    Font title = new Font(base, 16, Font.BOLD);
    Font heading = new Font(base, 10, Font.BOLD, new Color(0x33, 0x33, 0x66));
    Font body = new Font(base, 9, Font.NORMAL);
    Font small = new Font(base, 8, Font.NORMAL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(invoice.getKind().titleBg() + " " + invoice.getNumber());
      doc.open();
      String kind = english ? invoice.getKind().titleEn() : invoice.getKind().titleBg();
      Paragraph head = new Paragraph(kind + " " + l.number() + " " + invoice.getNumber(), title);
      head.setAlignment(Element.ALIGN_CENTER);
      doc.add(head);
      Paragraph original = new Paragraph(l.original(), small);
      original.setAlignment(Element.ALIGN_CENTER);
      doc.add(original);
      doc.add(
          new Paragraph(
              l.issued()
                  + ": "
                  + Formatter.date(invoice.getIssueDate(), locale)
                  + "    "
                  + l.taxDate()
                  + ": "
                  + Formatter.date(invoice.getTaxDate(), locale),
              body));
      if (referenced != null) {
        doc.add(
            new Paragraph(
                l.refersTo()
                    + " "
                    + referenced.getNumber()
                    + " / "
                    + Formatter.date(referenced.getIssueDate(), locale)
                    + (invoice.getReason() == null
                        ? ""
                        : "; " + l.reason() + ": " + invoice.getReason()),
                body));
      }
      PdfPTable parties = new PdfPTable(2);
      parties.setWidthPercentage(100);
      parties.setSpacingBefore(10);
      parties.addCell(
          partyCell(
              l.supplier(),
              invoice.getSupplierName(),
              invoice.getSupplierAddress(),
              invoice.getSupplierPostcode(),
              invoice.getSupplierCity(),
              l.uic() + ": " + invoice.getSupplierUic(),
              invoice.getSupplierVat() == null ? null : l.vatNo() + ": " + invoice.getSupplierVat(),
              heading,
              body));
      parties.addCell(
          partyCell(
              l.customer(),
              invoice.getCustomerName(),
              invoice.getCustomerAddress(),
              invoice.getCustomerPostcode(),
              invoice.getCustomerCity(),
              l.uic() + ": " + invoice.getCustomerUic(),
              invoice.getCustomerVat() == null ? null : l.vatNo() + ": " + invoice.getCustomerVat(),
              heading,
              body));
      doc.add(parties);
      PdfPTable lines = new PdfPTable(new float[] {0.4f, 5f, 1f, 1.1f, 1.1f, 0.8f, 1.3f});
      lines.setWidthPercentage(100);
      lines.setSpacingBefore(12);
      lines.setHeaderRows(1);
      for (String header :
          new String[] {
            "#", l.description(), l.quantity(), l.unit(), l.unitPrice(), l.vatRate(), l.base()
          }) {
        PdfPCell cell = new PdfPCell(new Phrase(header, heading));
        cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xF4));
        lines.addCell(cell);
      }
      for (InvoiceLine line : invoice.getLines()) {
        lines.addCell(new Phrase(String.valueOf(line.getLineNo()), body));
        lines.addCell(new Phrase(line.getDescription(), body));
        lines.addCell(right(Formatter.quantity(line.getQuantity(), locale), body));
        lines.addCell(new Phrase(line.getUnitBg(), body));
        lines.addCell(right(Formatter.amount(line.getUnitPrice(), locale), body));
        lines.addCell(right(Formatter.percent(line.getVatRate(), locale), body));
        lines.addCell(right(Formatter.amount(line.getTaxBase(), locale), body));
      }
      doc.add(lines);
      PdfPTable totals = new PdfPTable(new float[] {6f, 2f});
      totals.setWidthPercentage(60);
      totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
      totals.setSpacingBefore(8);
      totals.addCell(new Phrase(l.taxBase(), body));
      totals.addCell(right(Formatter.money(invoice.getTaxBase(), locale), body));
      for (InvoiceVat vat : invoice.getVatBreakdown()) {
        totals.addCell(
            new Phrase(
                l.vat()
                    + " "
                    + Formatter.percent(vat.getRate(), locale)
                    + " / "
                    + Formatter.money(vat.getTaxBase(), locale),
                body));
        totals.addCell(right(Formatter.money(vat.getVat(), locale), body));
      }
      totals.addCell(new Phrase(l.total(), heading));
      totals.addCell(right(Formatter.money(invoice.getTotal(), locale), heading));
      doc.add(totals);
      Paragraph pay = new Paragraph(l.payment(), heading);
      pay.setSpacingBefore(12);
      doc.add(pay);
      doc.add(
          new Paragraph(
              "IBAN: "
                  + invoice.getIban()
                  + "    BIC: "
                  + invoice.getBic()
                  + "    "
                  + invoice.getBankName(),
              body));
      doc.add(
          new Paragraph(
              l.due()
                  + ": "
                  + Formatter.date(invoice.getDueDate(), locale)
                  + "    "
                  + l.reference()
                  + ": "
                  + invoice.getPaymentReference(),
              body));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The invoice PDF could not be made", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell partyCell(
      String role,
      String name,
      String address,
      String postcode,
      String city,
      String uic,
      String vat,
      Font heading,
      Font body) {
    PdfPCell cell = new PdfPCell();
    cell.setPadding(6);
    cell.addElement(new Paragraph(role, heading));
    cell.addElement(new Paragraph(name, body));
    cell.addElement(new Paragraph(address, body));
    cell.addElement(new Paragraph((postcode == null ? "" : postcode + " ") + city, body));
    cell.addElement(new Paragraph(uic, body));
    if (vat != null) {
      cell.addElement(new Paragraph(vat, body));
    }
    return cell;
  }

  private static PdfPCell right(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  static BaseFont font() {
    try {
      return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}

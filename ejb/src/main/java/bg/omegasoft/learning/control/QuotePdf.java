package bg.omegasoft.learning.control;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.learning.entity.ModuleLine;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.PdfDocument;
import bg.omegasoft.shared.control.PdfTable;
import bg.omegasoft.shared.control.SofiaTime;
import java.time.LocalDate;
import java.util.List;

/**
 * The quote as a PDF in Bulgarian: a layout on the document kit with the vendor and the client, the
 * programme and its modules, the price lines of the formula, any override with its reason, VAT and
 * total, validity and how to accept.
 */
public final class QuotePdf {

  private static final String TEXTS = "bg.omegasoft.learning.control.quote-pdf";

  private QuotePdf() {}

  public static byte[] render(Quote quote, Organisation vendor, List<ModuleLine> modules) {
    PdfDocument.Texts t = PdfDocument.texts(TEXTS, Formatter.BULGARIAN);
    String title = t.get("title", quote.getNumber());
    PdfDocument pdf = PdfDocument.a4(Formatter.BULGARIAN, title, vendor.letterhead());
    pdf.title(title)
        .paragraph(
            t.get(
                "issued",
                pdf.date(LocalDate.ofInstant(quote.getCreatedAt(), SofiaTime.ZONE)),
                pdf.date(quote.getValidUntil())),
            pdf.small)
        .add(parties(pdf, t, vendor, quote.getClient()).spacing(12, 4))
        .heading(t.get("programme"))
        .paragraph(
            t.get(
                "programmeLine",
                quote.getProgrammeVersion().getTitle(),
                pdf.number(quote.getProgrammeVersion().getNumber()),
                t.get("level." + quote.getProgramme().getLevel().name()),
                t.get("venue." + quote.getVenue().name()),
                pdf.number(quote.getTrainees()),
                pdf.quantity(quote.getHours()),
                pdf.number(quote.getDays())));
    for (ModuleLine module : modules) {
      pdf.paragraph(t.get("module", module.title(), pdf.quantity(module.hours())));
    }
    return pdf.add(lines(pdf, t, quote).spacing(12, 12))
        .paragraph(t.get("formula"), pdf.small)
        .paragraph(t.get("acceptance"))
        .paragraph(
            t.get("payment", vendor.getIban(), vendor.getBic(), vendor.getBankName()), pdf.small)
        .bytes();
  }

  private static PdfTable parties(
      PdfDocument pdf, PdfDocument.Texts t, Organisation vendor, Client client) {
    return pdf.table(1, 1)
        .block(
            t.get("vendor"),
            vendor.getName(),
            pdf.registration(vendor.getUic(), vendor.getVatNumber()),
            vendor.letterhead().address(),
            vendor.letterhead().contacts())
        .block(
            t.get("client"),
            client.getName(),
            pdf.registration(client.getUic(), client.getVatNumber()),
            String.join(
                ", ",
                java.util.stream.Stream.of(client.getCity(), client.getStreet())
                    .filter(part -> part != null)
                    .toList()),
            client.getEmail());
  }

  private static PdfTable lines(PdfDocument pdf, PdfDocument.Texts t, Quote quote) {
    PdfTable table =
        pdf.table(6, 2, 2, 2)
            .right(1, 2, 3)
            .header(
                t.get("col.item"), t.get("col.quantity"), t.get("col.rate"), t.get("col.amount"));
    PriceBreakdown breakdown = quote.getBreakdownLines();
    for (PriceBreakdown.Line line : breakdown.lines()) {
      table.row(
          t.get("line." + line.key()),
          pdf.quantity(line.quantity()),
          "clientSite".equals(line.key()) ? pdf.percent(line.rate()) : pdf.money(line.rate()),
          pdf.money(line.amount()));
    }
    table.total(t.get("computed"), pdf.money(quote.getComputedAmount()), false);
    if (quote.isOverridden()) {
      table.total(
          t.get("override", quote.getOverrideReason()),
          pdf.money(quote.getOverrideAmount()),
          false);
    }
    return table
        .total(t.get("net"), pdf.money(quote.getAmount()), true)
        .total(t.get("vat"), pdf.money(quote.getVat()), false)
        .total(t.get("total"), pdf.money(quote.getTotal()), true);
  }
}

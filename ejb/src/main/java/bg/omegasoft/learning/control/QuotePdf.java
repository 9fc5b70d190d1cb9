package bg.omegasoft.learning.control;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.learning.entity.ModuleLine;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.control.Formatter;
import com.lowagie.text.Chunk;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The quote as a PDF in Bulgarian: the vendor and the client, the programme and its modules, the
 * price lines of the formula, any override with its reason, VAT and total, validity and how to
 * accept. The font (Liberation Sans, shipped inside OpenPDF) is embedded, so Cyrillic shows
 * everywhere.
 */
public class QuotePdf {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Color BRAND = new Color(0x1f, 0x4e, 0x79);

  private final ResourceBundle texts =
      ResourceBundle.getBundle(
          "bg.omegasoft.learning.control.quote-pdf",
          Locale.ROOT,
          QuotePdf.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  private final Font normal;
  private final Font small;
  private final Font bold;
  private final Font title;

  public QuotePdf() {
    BaseFont base = font();
    normal = new Font(base, 10);
    small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
    bold = new Font(base, 10, Font.BOLD);
    title = new Font(base, 16, Font.BOLD, BRAND);
  }

  public byte[] render(Quote quote, Organisation vendor, List<ModuleLine> modules) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text("title", quote.getNumber()));
      document.addCreator(vendor.getName());
      document.open();
      document.add(new Paragraph(text("title", quote.getNumber()), title));
      document.add(
          new Paragraph(
              text(
                  "issued",
                  DATE.format(
                      quote.getCreatedAt().atZone(bg.omegasoft.shared.control.SofiaTime.ZONE)),
                  DATE.format(quote.getValidUntil())),
              small));
      document.add(Chunk.NEWLINE);
      document.add(parties(vendor, quote.getClient()));
      document.add(Chunk.NEWLINE);
      document.add(new Paragraph(text("programme"), bold));
      document.add(
          new Paragraph(
              text(
                  "programmeLine",
                  quote.getProgrammeVersion().getTitle(),
                  quote.getProgrammeVersion().getNumber(),
                  text("level." + quote.getProgramme().getLevel().name()),
                  text("venue." + quote.getVenue().name()),
                  quote.getTrainees(),
                  hours(quote.getHours()),
                  quote.getDays()),
              normal));
      for (ModuleLine module : modules) {
        document.add(
            new Paragraph(
                "• "
                    + module.title()
                    + " ("
                    + hours(module.hours())
                    + " "
                    + text("hoursShort")
                    + ")",
                normal));
      }
      document.add(Chunk.NEWLINE);
      document.add(lines(quote));
      document.add(Chunk.NEWLINE);
      document.add(new Paragraph(text("formula"), small));
      document.add(new Paragraph(text("acceptance"), normal));
      document.add(
          new Paragraph(
              text("payment", vendor.getIban(), vendor.getBic(), vendor.getBankName()), small));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The quote PDF could not be made", e);
    }
    return out.toByteArray();
  }

  private PdfPTable parties(Organisation vendor, Client client) {
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    table.addCell(
        party(
            text("vendor"),
            vendor.getName(),
            text(
                "uic", vendor.getUic(), vendor.getVatNumber() == null ? "" : vendor.getVatNumber()),
            vendor.getCity() + ", " + vendor.getStreet(),
            vendor.getPhone() + " · " + vendor.getEmail()));
    table.addCell(
        party(
            text("client"),
            client.getName(),
            text(
                "uic", client.getUic(), client.getVatNumber() == null ? "" : client.getVatNumber()),
            (client.getCity() == null ? "" : client.getCity())
                + (client.getStreet() == null ? "" : ", " + client.getStreet()),
            client.getEmail() == null ? "" : client.getEmail()));
    return table;
  }

  private PdfPCell party(String heading, String... rows) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.addElement(new Paragraph(heading, small));
    cell.addElement(new Paragraph(rows[0], bold));
    for (int i = 1; i < rows.length; i++) {
      cell.addElement(new Paragraph(rows[i], normal));
    }
    return cell;
  }

  private PdfPTable lines(Quote quote) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {6, 2, 2, 2});
    table.setWidthPercentage(100);
    header(table, "col.item", "col.quantity", "col.rate", "col.amount");
    PriceBreakdown breakdown = quote.getBreakdownLines();
    for (PriceBreakdown.Line line : breakdown.lines()) {
      table.addCell(cell(text("line." + line.key()), Element.ALIGN_LEFT, normal));
      table.addCell(cell(number(line.quantity()), Element.ALIGN_RIGHT, normal));
      table.addCell(
          cell(
              "clientSite".equals(line.key())
                  ? Formatter.percent(line.rate(), Formatter.BULGARIAN)
                  : money(line.rate()),
              Element.ALIGN_RIGHT,
              normal));
      table.addCell(cell(money(line.amount()), Element.ALIGN_RIGHT, normal));
    }
    total(table, text("computed"), money(quote.getComputedAmount()), normal);
    if (quote.isOverridden()) {
      total(
          table,
          text("override", quote.getOverrideReason()),
          money(quote.getOverrideAmount()),
          normal);
    }
    total(table, text("net"), money(quote.getAmount()), bold);
    total(table, text("vat"), money(quote.getVat()), normal);
    total(table, text("total"), money(quote.getTotal()), bold);
    return table;
  }

  private void header(PdfPTable table, String... keys) {
    for (String key : keys) {
      PdfPCell cell = cell(text(key), Element.ALIGN_CENTER, bold);
      cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
      table.addCell(cell);
    }
  }

  private void total(PdfPTable table, String label, String amount, Font font) {
    PdfPCell cell = cell(label, Element.ALIGN_RIGHT, font);
    cell.setColspan(3);
    table.addCell(cell);
    table.addCell(cell(amount, Element.ALIGN_RIGHT, font));
  }

  private static PdfPCell cell(String content, int alignment, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(content, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(4);
    return cell;
  }

  private String text(String key, Object... arguments) {
    String pattern = texts.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, BULGARIAN).format(arguments);
  }

  private static String money(BigDecimal amount) {
    return Formatter.money(amount, Formatter.BULGARIAN);
  }

  private static String number(BigDecimal value) {
    return Formatter.quantity(value, Formatter.BULGARIAN);
  }

  private static String hours(BigDecimal value) {
    return number(value);
  }

  private static BaseFont font() {
    try (InputStream in = QuotePdf.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The font " + FONT + " is not on the class path");
      }
      return BaseFont.createFont(
          "LiberationSans-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}

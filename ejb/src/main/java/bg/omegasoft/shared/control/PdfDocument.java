package bg.omegasoft.shared.control;

import bg.omegasoft.shared.entity.Letterhead;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one document kit every PDF of the platform is laid out on: the embedded font (Liberation
 * Sans, shipped inside OpenPDF, loaded once; it has Cyrillic letters, so the text shows and can be
 * copied on any reader), the A4 page with the vendor's letterhead and a footer with the page
 * number, tables with right-aligned amounts and totals, QR codes, texts from a layout's bundle and
 * every number and date through {@link Formatter} in the document's language. A layout adds its
 * content in order and asks for {@link #bytes()} at the end.
 */
public final class PdfDocument {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final BaseFont BASE = loadFont();

  public static final Color BRAND = new Color(0x1f, 0x4e, 0x79);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);

  private final Locale locale;
  private final Letterhead vendor;
  private final Document document;
  private final PdfWriter writer;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ResourceBundle kitTexts;

  public final Font title = new Font(BASE, 16, Font.BOLD, BRAND);
  public final Font heading = new Font(BASE, 10.5f, Font.BOLD, BRAND);
  public final Font body = new Font(BASE, 9.5f);
  public final Font bold = new Font(BASE, 9.5f, Font.BOLD);
  public final Font small = new Font(BASE, 8, Font.NORMAL, MUTED);

  private PdfDocument(Locale locale, Letterhead vendor, Rectangle page, float[] margins) {
    this.locale = Formatter.isEnglish(locale) ? Formatter.ENGLISH : Formatter.BULGARIAN;
    this.vendor = vendor;
    this.kitTexts = bundle("bg.omegasoft.shared.control.pdf", this.locale);
    this.document = new Document(page, margins[0], margins[1], margins[2], margins[3]);
    try {
      this.writer = PdfWriter.getInstance(document, out);
    } catch (DocumentException e) {
      throw new IllegalStateException("No PDF writer", e);
    }
  }

  /**
   * An A4 portrait document: the vendor's letterhead at the top of the first page, the vendor and
   * the page number ({@code 1 / 2}) in the footer of every page.
   */
  public static PdfDocument a4(Locale locale, String title, Letterhead vendor) {
    PdfDocument pdf = new PdfDocument(locale, vendor, PageSize.A4, new float[] {40, 40, 36, 50});
    pdf.writer.setPageEvent(pdf.new Footer());
    pdf.open(title);
    pdf.letterhead();
    return pdf;
  }

  /** An A4 landscape sheet without letterhead or footer, for a document meant to be framed. */
  public static PdfDocument a4Landscape(Locale locale, String title, Letterhead vendor) {
    PdfDocument pdf =
        new PdfDocument(locale, vendor, PageSize.A4.rotate(), new float[] {60, 60, 50, 40});
    pdf.open(title);
    return pdf;
  }

  private void open(String title) {
    document.addTitle(title);
    document.addCreator(vendor.name());
    document.addAuthor(vendor.name());
    document.open();
  }

  public Rectangle page() {
    return document.getPageSize();
  }

  /** The layer under the text, for a decorative frame. */
  public PdfContentByte under() {
    return writer.getDirectContentUnder();
  }

  /** A font of the document's face in another size, style or colour. */
  public Font font(float size, int style, Color color) {
    return new Font(BASE, size, style, color);
  }

  private void letterhead() {
    PdfPTable table = new PdfPTable(new float[] {2, 3});
    table.setWidthPercentage(100);
    PdfPCell name = new PdfPCell(new Phrase(vendor.name(), font(13, Font.BOLD, BRAND)));
    name.setBorder(Rectangle.BOTTOM);
    name.setBorderColor(BRAND);
    name.setPaddingBottom(6);
    name.setVerticalAlignment(Element.ALIGN_BOTTOM);
    table.addCell(name);
    PdfPCell details = new PdfPCell();
    details.setBorder(Rectangle.BOTTOM);
    details.setBorderColor(BRAND);
    details.setPaddingBottom(6);
    for (String line :
        new String[] {
          vendor.address(), registration(vendor.uic(), vendor.vatNumber()), vendor.contacts()
        }) {
      if (!line.isEmpty()) {
        Paragraph paragraph = new Paragraph(line, small);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        details.addElement(paragraph);
      }
    }
    table.addCell(details);
    table.setSpacingAfter(14);
    add(table);
  }

  /** The UIC and VAT number as the letterhead and party boxes print them. */
  public String registration(String uic, String vatNumber) {
    String registration = uic == null ? "" : kitText("uic", uic);
    if (vatNumber != null && !vatNumber.isBlank()) {
      registration += (registration.isEmpty() ? "" : " · ") + kitText("vatNumber", vatNumber);
    }
    return registration;
  }

  public PdfDocument add(Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("The PDF could not be laid out", e);
    }
    return this;
  }

  public PdfDocument add(PdfTable table) {
    return add(table.table());
  }

  public PdfDocument title(String text) {
    Paragraph paragraph = new Paragraph(text, title);
    paragraph.setSpacingAfter(2);
    return add(paragraph);
  }

  /** A section heading with some space above it. */
  public PdfDocument heading(String text) {
    Paragraph paragraph = new Paragraph(text, heading);
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return add(paragraph);
  }

  public PdfDocument paragraph(String text) {
    return paragraph(text, body);
  }

  public PdfDocument paragraph(String text, Font font) {
    return add(new Paragraph(text, font));
  }

  public PdfDocument centered(String text, Font font, float spaceAfter) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(spaceAfter);
    return add(paragraph);
  }

  /** A table over the full width with these relative column widths. */
  public PdfTable table(float... widths) {
    return new PdfTable(this, widths);
  }

  /** A QR code of this content, as a square image of this size in points. */
  public Image qr(String content, float size) {
    try {
      Image image = Image.getInstance(QrCodes.png(content, 300));
      image.scaleAbsolute(size, size);
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String money(BigDecimal amount) {
    return Formatter.money(amount, locale);
  }

  public String amount(BigDecimal amount) {
    return Formatter.amount(amount, locale);
  }

  public String quantity(BigDecimal value) {
    return Formatter.quantity(value, locale);
  }

  public String number(long value) {
    return Formatter.number(value, locale);
  }

  public String percent(BigDecimal percent) {
    return Formatter.percent(percent, locale);
  }

  public String date(LocalDate date) {
    return Formatter.date(date, locale);
  }

  public String dateTime(Instant instant) {
    return Formatter.dateTime(instant, locale);
  }

  /** A layout's texts in a language: Bulgarian in the base file, English in the _en file. */
  public static Texts texts(String bundle, Locale locale) {
    return new Texts(bundle(bundle, locale), locale);
  }

  /** The finished file. */
  public byte[] bytes() {
    document.close();
    return out.toByteArray();
  }

  private String kitText(String key, Object... arguments) {
    return new Texts(kitTexts, locale).get(key, arguments);
  }

  private static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        Formatter.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
        PdfDocument.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * A layout's texts; arguments are filled in as given, so numbers are passed already formatted.
   */
  public record Texts(ResourceBundle bundle, Locale locale) {
    public String get(String key, Object... arguments) {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
  }

  /** The vendor on the left and {@code page / pages} on the right, at the foot of every page. */
  private final class Footer extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;
    private PdfTemplate pages;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      pages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 22;
      Font font = new Font(BASE, SIZE, Font.NORMAL, MUTED);
      String left =
          vendor.name() + (vendor.uic() == null ? "" : " · " + kitText("uic", vendor.uic()));
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(left, font), document.left(), y, 0);
      float right = document.right() - 14;
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_RIGHT,
          new Phrase(number(writer.getPageNumber()) + " /", font),
          right,
          y,
          0);
      canvas.addTemplate(pages, right, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      pages.beginText();
      pages.setFontAndSize(BASE, SIZE);
      pages.setColorFill(MUTED);
      pages.showText(" " + number(writer.getPageNumber() - 1L));
      pages.endText();
    }
  }

  private static BaseFont loadFont() {
    try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream(FONT)) {
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

package bg.omegasoft.shared.control;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Arrays;

/**
 * A table: a shaded header row repeated on every page, columns aligned as declared ({@link #right})
 * for amounts, and total rows whose label spans all columns but the last.
 */
public final class PdfTable {

  private static final Color SHADE = new Color(0xe8, 0xee, 0xf4);
  private static final float PADDING = 4;

  private final PdfDocument pdf;

  private final PdfPTable table;
  private final int[] alignments;
  private int column;

  PdfTable(PdfDocument pdf, float[] widths) {
    this.pdf = pdf;
    table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    alignments = new int[widths.length];
    Arrays.fill(alignments, Element.ALIGN_LEFT);
  }

  /** Right-aligns these columns (0-based): amounts, quantities, rates. */
  public PdfTable right(int... columns) {
    for (int c : columns) {
      alignments[c] = Element.ALIGN_RIGHT;
    }
    return this;
  }

  public PdfTable header(String... labels) {
    for (String label : labels) {
      PdfPCell cell = cell(label, pdf.bold);
      cell.setBackgroundColor(SHADE);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
    return this;
  }

  /** A row of cells in the body font. */
  public PdfTable row(String... values) {
    for (String value : values) {
      table.addCell(cell(value, pdf.body));
    }
    return this;
  }

  /** A row in bold, such as the last total. */
  public PdfTable strongRow(String... values) {
    for (String value : values) {
      table.addCell(cell(value, pdf.bold));
    }
    return this;
  }

  /** A total: the label right-aligned over all columns but the last, the amount in the last. */
  public PdfTable total(String label, String amount, boolean strong) {
    Font font = strong ? pdf.bold : pdf.body;
    PdfPCell name = new PdfPCell(new Phrase(label, font));
    name.setColspan(alignments.length - 1);
    name.setHorizontalAlignment(Element.ALIGN_RIGHT);
    name.setPadding(PADDING);
    table.addCell(name);
    column = alignments.length - 1;
    table.addCell(cell(amount, font));
    return this;
  }

  /** A box of lines under a small heading, such as a party of a contract. */
  public PdfTable block(String heading, String... lines) {
    PdfPCell cell = new PdfPCell();
    cell.setPadding(6);
    cell.addElement(new Paragraph(heading, pdf.small));
    boolean first = true;
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        cell.addElement(new Paragraph(line, first ? pdf.bold : pdf.body));
      }
      first = false;
    }
    table.addCell(cell);
    column = (column + 1) % alignments.length;
    return this;
  }

  /** An image (a QR code) in the next cell, aligned to its column, without a border. */
  public PdfTable image(Image image) {
    PdfPCell cell = new PdfPCell(image, false);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(alignments[column]);
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    table.addCell(cell);
    column = (column + 1) % alignments.length;
    return this;
  }

  /** A cell of paragraphs in their own fonts, without a border. */
  public PdfTable paragraphs(Paragraph... paragraphs) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    for (Paragraph paragraph : paragraphs) {
      cell.addElement(paragraph);
    }
    table.addCell(cell);
    column = (column + 1) % alignments.length;
    return this;
  }

  public PdfTable spacing(float before, float after) {
    table.setSpacingBefore(before);
    table.setSpacingAfter(after);
    return this;
  }

  /** A narrower table at the right margin, as totals under the lines. */
  public PdfTable narrow(float widthPercent) {
    table.setWidthPercentage(widthPercent);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return this;
  }

  PdfPTable table() {
    return table;
  }

  private PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null || text.isEmpty() ? "—" : text, font));
    cell.setHorizontalAlignment(alignments[column]);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(PADDING);
    column = (column + 1) % alignments.length;
    return cell;
  }
}

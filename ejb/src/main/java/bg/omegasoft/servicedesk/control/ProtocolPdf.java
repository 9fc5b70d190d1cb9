package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.control.SofiaTime;
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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two-sided protocol as a PDF, labelled in Bulgarian and English. The font is Liberation Sans,
 * shipped inside OpenPDF and embedded in the file, so Cyrillic shows on any reader.
 */
public final class ProtocolPdf {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private ProtocolPdf() {}

  public static byte[] render(
      String vendor, ServiceRequest request, Protocol protocol, List<WorkLogEntry> workLog) {
    BaseFont base = font();
    Font title = new Font(base, 16, Font.NORMAL);
    Font heading = new Font(base, 11, Font.NORMAL, new Color(0x33, 0x33, 0x66));
    Font body = new Font(base, 10, Font.NORMAL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Протокол " + request.getNumber());
      document.addCreator(vendor);
      document.open();
      document.add(new Paragraph(vendor, body));
      Paragraph heading1 =
          new Paragraph("Двустранен протокол / Two-sided protocol " + request.getNumber(), title);
      heading1.setSpacingAfter(12);
      document.add(heading1);
      PdfPTable facts = new PdfPTable(new float[] {2, 5});
      facts.setWidthPercentage(100);
      row(facts, "Клиент / Client", clientOf(request), body);
      row(facts, "Заявка / Request", request.getSubject(), body);
      row(facts, "Консултант / Consultant", protocol.getConsultant(), body);
      row(facts, "Начин / Mode", mode(request), body);
      row(facts, "Време / Time, min", Integer.toString(protocol.getMinutes()), body);
      row(facts, "Редакция / Revision", Integer.toString(protocol.getRevision()), body);
      document.add(facts);
      section(document, "Извършено / Work done", protocol.getWorkDone(), heading, body);
      section(document, "Резултат / Result", protocol.getResult(), heading, body);
      if (!workLog.isEmpty()) {
        document.add(paragraph("Отработено време / Work log", heading));
        PdfPTable log = new PdfPTable(new float[] {2, 2, 1, 5});
        log.setWidthPercentage(100);
        for (WorkLogEntry entry : workLog) {
          log.addCell(cell(when(entry.getStartedAt()), body));
          log.addCell(cell(when(entry.getEndedAt()), body));
          log.addCell(cell(entry.getMinutes() + " min", body));
          log.addCell(cell(entry.getWorkDone(), body));
        }
        document.add(log);
      }
      document.add(paragraph("Подписи / Signatures", heading));
      PdfPTable signatures = new PdfPTable(new float[] {2, 5});
      signatures.setWidthPercentage(100);
      row(
          signatures,
          "ОмегаСофт / OmegaSoft",
          protocol.getConsultant() + ", " + when(protocol.getConsultantSignedAt()),
          body);
      row(signatures, "Клиент / Client", clientDecision(protocol), body);
      document.add(signatures);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The protocol PDF could not be made", e);
    }
    return out.toByteArray();
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

  private static String clientDecision(Protocol protocol) {
    if (protocol.getDecision() == null) {
      return "очаква потвърждение / awaiting confirmation";
    }
    String decision =
        protocol.getDecision() == Protocol.Decision.ACCEPTED
            ? "приет / accepted, оценка / rating " + protocol.getRating() + "/5"
            : "оспорен / disputed";
    String comment = protocol.getClientComment() == null ? "" : ": " + protocol.getClientComment();
    return decision
        + " — "
        + protocol.getClientSigner()
        + ", "
        + when(protocol.getClientDecidedAt())
        + comment;
  }

  private static String clientOf(ServiceRequest request) {
    if (request.getClient() == null) {
      return request.getCompanyName() == null ? "—" : request.getCompanyName();
    }
    return request.getClient().getName() + " (ЕИК/UIC " + request.getClient().getUic() + ")";
  }

  private static String mode(ServiceRequest request) {
    if (request.getDeliveryMode() == null) {
      return "—";
    }
    return switch (request.getDeliveryMode()) {
      case ON_SITE -> "посещение / visit: " + request.getSiteAddress();
      case REMOTE ->
          "дистанционно / remote: "
              + request.getRemoteTool()
              + (request.getRemoteSessionId() == null ? "" : " " + request.getRemoteSessionId());
    };
  }

  private static void section(Document doc, String label, String text, Font heading, Font body)
      throws DocumentException {
    doc.add(paragraph(label, heading));
    doc.add(new Paragraph(text, body));
  }

  private static Paragraph paragraph(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    table.addCell(cell(label, font));
    table.addCell(cell(value == null ? "—" : value, font));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(4);
    return cell;
  }

  private static String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant.atZone(SofiaTime.ZONE));
  }
}

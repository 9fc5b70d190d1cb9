package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.PdfDocument;
import bg.omegasoft.shared.control.PdfTable;
import bg.omegasoft.shared.entity.Letterhead;
import java.util.List;
import java.util.Map;

/**
 * The two-sided protocol as a PDF, labelled in Bulgarian and English: a layout on the document kit,
 * under the vendor's letterhead. People appear by their full names ({@code names}: user name to
 * full name); a user name missing from it is shown as it is.
 */
public final class ProtocolPdf {

  private ProtocolPdf() {}

  public static byte[] render(
      Letterhead vendor,
      ServiceRequest request,
      Protocol protocol,
      List<WorkLogEntry> workLog,
      Map<String, String> names) {
    PdfDocument.Texts t =
        PdfDocument.texts("bg.omegasoft.servicedesk.control.protocol-pdf", Formatter.BULGARIAN);
    String title = t.get("title", request.getNumber());
    PdfDocument pdf = PdfDocument.a4(Formatter.BULGARIAN, title, vendor);
    pdf.title(title)
        .add(
            pdf.table(2, 5)
                .spacing(8, 0)
                .row(t.get("client"), clientOf(request, t))
                .row(t.get("request"), request.getSubject())
                .row(t.get("consultant"), name(names, protocol.getConsultant()))
                .row(t.get("mode"), mode(request, t))
                .row(t.get("minutes"), pdf.number(protocol.getMinutes()))
                .row(t.get("revision"), pdf.number(protocol.getRevision())))
        .heading(t.get("workDone"))
        .paragraph(protocol.getWorkDone())
        .heading(t.get("result"))
        .paragraph(protocol.getResult());
    if (!workLog.isEmpty()) {
      PdfTable log = pdf.table(2, 2, 1, 5).right(2);
      for (WorkLogEntry entry : workLog) {
        log.row(
            pdf.dateTime(entry.getStartedAt()),
            pdf.dateTime(entry.getEndedAt()),
            t.get("logMinutes", pdf.number(entry.getMinutes())),
            entry.getWorkDone());
      }
      pdf.heading(t.get("workLog")).add(log);
    }
    return pdf.heading(t.get("signatures"))
        .add(
            pdf.table(2, 5)
                .row(
                    vendor.name(),
                    t.get(
                        "signed",
                        name(names, protocol.getConsultant()),
                        pdf.dateTime(protocol.getConsultantSignedAt())))
                .row(t.get("client"), clientDecision(protocol, names, pdf, t)))
        .bytes();
  }

  private static String name(Map<String, String> names, String username) {
    return names.getOrDefault(username, username);
  }

  private static String clientDecision(
      Protocol protocol, Map<String, String> names, PdfDocument pdf, PdfDocument.Texts t) {
    if (protocol.getDecision() == null) {
      return t.get("awaiting");
    }
    String decision =
        protocol.getDecision() == Protocol.Decision.ACCEPTED
            ? t.get("accepted", pdf.number(protocol.getRating()))
            : t.get("disputed");
    String comment = protocol.getClientComment() == null ? "" : ": " + protocol.getClientComment();
    return t.get(
            "decided",
            decision,
            name(names, protocol.getClientSigner()),
            pdf.dateTime(protocol.getClientDecidedAt()))
        + comment;
  }

  private static String clientOf(ServiceRequest request, PdfDocument.Texts t) {
    if (request.getClient() == null) {
      return request.getCompanyName();
    }
    return t.get("clientWithUic", request.getClient().getName(), request.getClient().getUic());
  }

  private static String mode(ServiceRequest request, PdfDocument.Texts t) {
    if (request.getDeliveryMode() == null) {
      return null;
    }
    return switch (request.getDeliveryMode()) {
      case ON_SITE -> t.get("mode.ON_SITE", request.getSiteAddress());
      case REMOTE ->
          t.get(
              "mode.REMOTE",
              request.getRemoteTool()
                  + (request.getRemoteSessionId() == null
                      ? ""
                      : " " + request.getRemoteSessionId()));
    };
  }
}

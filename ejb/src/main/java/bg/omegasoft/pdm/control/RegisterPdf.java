package bg.omegasoft.pdm.control;

import bg.omegasoft.pdm.entity.ProcessingActivity;
import bg.omegasoft.shared.control.Formatter;
import bg.omegasoft.shared.control.PdfDocument;
import bg.omegasoft.shared.entity.Letterhead;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The register of processing activities (GDPR art. 30(1)) as a PDF in one language: the controller
 * on the letterhead, then each activity as a two-column table of its fields.
 */
public final class RegisterPdf {

  private static final String BUNDLE = "bg.omegasoft.pdm.control.register-pdf";

  private RegisterPdf() {}

  public static byte[] render(
      Letterhead vendor, List<ProcessingActivity> activities, Locale locale, Instant now) {
    Locale language = Formatter.isEnglish(locale) ? Formatter.ENGLISH : Formatter.BULGARIAN;
    PdfDocument.Texts t = PdfDocument.texts(BUNDLE, language);
    PdfDocument pdf = PdfDocument.a4(language, t.get("title"), vendor);
    pdf.title(t.get("title"))
        .paragraph(t.get("intro", vendor.name(), pdf.dateTime(now)), pdf.small);
    int n = 0;
    for (ProcessingActivity activity : activities) {
      ProcessingActivity.Texts texts = activity.texts(language);
      n++;
      pdf.heading(n + ". " + texts.name())
          .add(
              pdf.table(2, 5)
                  .row(t.get("role"), t.get("role." + activity.getRole().name()))
                  .row(t.get("purpose"), texts.purpose())
                  .row(t.get("legalBasis"), t.get("legalBasis." + activity.getLegalBasis().name()))
                  .row(t.get("subjects"), texts.subjects())
                  .row(t.get("data"), texts.data())
                  .row(t.get("recipients"), texts.recipients())
                  .row(t.get("transfers"), texts.transfers())
                  .row(t.get("retention"), texts.retention())
                  .row(t.get("security"), texts.security())
                  .row(
                      t.get("updated"),
                      pdf.dateTime(activity.getUpdatedAt()) + ", " + activity.getUpdatedBy()));
    }
    return pdf.bytes();
  }
}

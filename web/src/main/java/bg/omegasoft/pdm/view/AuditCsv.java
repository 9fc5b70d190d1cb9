package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Texts;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A space's audit as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Cyrillic),
 * semicolons (the separator of Bulgarian Excel), times in Europe/Sofia, and every cell that could
 * start a formula neutralised with a leading apostrophe.
 */
final class AuditCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private AuditCsv() {}

  static byte[] of(List<SpaceEvent> events, Locale locale) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    row(
        csv,
        text(locale, "pdm.audit.time"),
        text(locale, "pdm.audit.actor"),
        text(locale, "pdm.audit.name"),
        text(locale, "pdm.audit.side"),
        text(locale, "pdm.audit.action"),
        text(locale, "pdm.audit.fileId"),
        text(locale, "pdm.audit.file"),
        text(locale, "pdm.audit.detail"),
        text(locale, "pdm.audit.address"));
    for (SpaceEvent e : events) {
      row(
          csv,
          TIME.format(e.getOccurredAt().atZone(SofiaTime.ZONE)),
          e.getActor(),
          e.getActorName(),
          text(locale, e.getActorSide().messageKey()),
          text(locale, e.getAction().messageKey()),
          e.getFileId() == null ? "" : e.getFileId().toString(),
          e.getFileName(),
          e.getDetail(),
          e.getSourceAddress());
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Locale locale, String key) {
    return Texts.text(locale, key);
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      safe = "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}

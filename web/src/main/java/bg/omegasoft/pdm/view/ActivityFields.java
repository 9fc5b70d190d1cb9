package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.entity.ProcessingActivity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of an activity's texts in one language, as the edit form binds them by name. */
final class ActivityFields {

  static final List<String> NAMES =
      List.of(
          "name",
          "purpose",
          "subjects",
          "data",
          "recipients",
          "transfers",
          "retention",
          "security");

  private ActivityFields() {}

  static Map<String, String> of(ProcessingActivity.Texts t) {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", t.name());
    fields.put("purpose", t.purpose());
    fields.put("subjects", t.subjects());
    fields.put("data", t.data());
    fields.put("recipients", t.recipients());
    fields.put("transfers", t.transfers());
    fields.put("retention", t.retention());
    fields.put("security", t.security());
    return fields;
  }

  static ProcessingActivity.Texts texts(Map<String, String> f) {
    return new ProcessingActivity.Texts(
        f.get("name"),
        f.get("purpose"),
        f.get("subjects"),
        f.get("data"),
        f.get("recipients"),
        f.get("transfers"),
        f.get("retention"),
        f.get("security"));
  }
}

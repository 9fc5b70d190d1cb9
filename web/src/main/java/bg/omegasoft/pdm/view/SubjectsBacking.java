package bg.omegasoft.pdm.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.DataSubjects;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * pdm/subjects.xhtml (ADMIN): a person's request about their data: find the person's account,
 * export everything held about them as JSON, or anonymise the account.
 */
@Named
@ViewScoped
public class SubjectsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DataSubjects subjects;

  /** The search box; no column, a length that fits any name searched for. */
  @Size(max = 100)
  private String query;

  private List<User> found = List.of();

  public void search() {
    found = subjects.search(query);
  }

  public StreamedContent export(long userId) {
    JsonObject export = subjects.export(userId);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(json, StandardCharsets.UTF_8)) {
      writer.writeObject(export);
    }
    byte[] bytes = json.toByteArray();
    return DefaultStreamedContent.builder()
        .name("personal-data-" + userId + ".json")
        .contentType("application/json; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public void anonymise(long userId) {
    String pseudonym = subjects.anonymise(userId);
    Messages.info("pdm.subject.anonymised", pseudonym);
    search();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<User> getFound() {
    return found;
  }
}

package bg.omegasoft.pdm.api;

import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.SpaceEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** PDM records as JSON: times in ISO-8601 with offset (UTC), as the API contract asks. */
final class FileJson {

  private FileJson() {}

  static JsonObject of(PdmFile file) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", file.getId())
            .add("clientId", file.getClientId())
            .add("name", file.getName())
            .add("contentType", file.getContentType())
            .add("sizeBytes", file.getSizeBytes())
            .add("sha256", file.getSha256())
            .add("legalBasis", file.getLegalBasis().name())
            .add("purpose", file.getPurpose())
            .add("uploadedBy", file.getUploadedBy().getFullName())
            .add("uploaderSide", file.getUploaderSide().name())
            .add("uploadedAt", time(file.getUploadedAt()))
            .add("retainUntil", time(file.getRetainUntil()));
    if (file.getFolderId() == null) {
      json.addNull("folderId");
    } else {
      json.add("folderId", file.getFolderId());
    }
    return json.build();
  }

  static JsonObject of(SpaceEvent event) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("occurredAt", time(event.getOccurredAt()))
            .add("actor", event.getActor())
            .add("side", event.getActorSide().name())
            .add("action", event.getAction().name());
    optional(json, "actorName", event.getActorName());
    if (event.getFileId() == null) {
      json.addNull("fileId");
    } else {
      json.add("fileId", event.getFileId());
    }
    optional(json, "fileName", event.getFileName());
    optional(json, "detail", event.getDetail());
    optional(json, "sourceAddress", event.getSourceAddress());
    return json.build();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static String time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
  }
}

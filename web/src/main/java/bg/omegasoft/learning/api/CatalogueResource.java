package bg.omegasoft.learning.api;

import bg.omegasoft.learning.boundary.Catalogue;
import bg.omegasoft.learning.boundary.CatalogueEntry;
import bg.omegasoft.learning.entity.TrainingSession;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public catalogue of published standard programmes (docs/api-contract.md): id, title, product,
 * level, version, hours, price excluding and including VAT (20%), next sessions. Money as
 * {"amount": "240.00", "currency": "EUR"}; times ISO-8601 with the Sofia offset.
 */
@Path("catalogue")
@PermitAll
public class CatalogueResource {

  @EJB private Catalogue catalogue;

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "Published standard programmes with prices and next sessions")
  @APIResponse(responseCode = "200", description = "The catalogue")
  public JsonArray catalogue() {
    JsonArrayBuilder programmes = Json.createArrayBuilder();
    catalogue.entries().forEach(e -> programmes.add(entry(e)));
    return programmes.build();
  }

  static JsonObject entry(CatalogueEntry entry) {
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    entry.nextSessions().forEach(s -> sessions.add(session(s)));
    return Json.createObjectBuilder()
        .add("id", entry.programmeId())
        .add("title", entry.title())
        .add(
            "product",
            Json.createObjectBuilder()
                .add("code", entry.productCode())
                .add("name", entry.productName()))
        .add("level", entry.level().name())
        .add("version", entry.version())
        .add("hours", entry.hours())
        .add(
            "price",
            Json.createObjectBuilder()
                .add("exclVat", money(entry.price()))
                .add("inclVat", money(entry.priceWithVat())))
        .add("nextSessions", sessions)
        .build();
  }

  private static JsonObject session(TrainingSession session) {
    return Json.createObjectBuilder()
        .add("id", session.getId())
        .add("start", session.getStartsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .add("end", session.getEndsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .add("format", session.getFormat().name())
        .add("venue", session.getVenue())
        .add("freeSeats", session.getFreeSeats())
        .build();
  }

  private static JsonObject money(BigDecimal amount) {
    return Json.createObjectBuilder()
        .add("amount", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
        .add("currency", "EUR")
        .build();
  }
}

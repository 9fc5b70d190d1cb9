package bg.omegasoft.servicedesk.api;

import bg.omegasoft.servicedesk.boundary.FormAdmission;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.OfferForm;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.api.JsonBodies;
import bg.omegasoft.shared.api.JsonFields;
import bg.omegasoft.shared.api.RequestProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * "Request an offer" from the web site: an offer request in the staff's queue with its
 * first-contact clock; the sender is acknowledged by e-mail at once. Public.
 */
@Path("offer-requests")
@Produces(MediaType.APPLICATION_JSON)
public class OfferRequestsResource {

  @EJB private Intake intake;
  @Context private HttpServletRequest http;
  @Context private HttpHeaders headers;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Request an offer",
      description =
          "A JSON object: name, company, email, phone, topic, message (text); optional programme"
              + " (a catalogue programme id, as text or a whole number) and language ('bg' or"
              + " 'en', of the acknowledgement mailed at once). The field 'website' must stay"
              + " empty. Every submission from an address counts against its rate limit, a"
              + " malformed one too, before the body is read.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "201", description = "Received: {number, status}")
  @APIResponse(responseCode = "400", description = "Invalid input, with the failing fields")
  @APIResponse(responseCode = "429", description = "Too many submissions from this address")
  public Response submit(InputStream body) {
    // counted before the body is read: a flood of malformed bodies meets the limit too
    FormAdmission admission = intake.admit(http.getRemoteAddr());
    JsonObject json =
        JsonBodies.object(
            body, headers.getMediaType(), headers.getHeaderString(HttpHeaders.CONTENT_LENGTH));
    OfferForm form =
        new OfferForm(
            JsonFields.text(json, "name"),
            JsonFields.text(json, "company"),
            JsonFields.text(json, "email"),
            JsonFields.text(json, "phone"),
            JsonFields.text(json, "topic"),
            JsonFields.text(json, "message"),
            programme(json),
            JsonFields.text(json, "website"));
    form.setLanguage(JsonFields.text(json, "language"));
    ServiceRequest created = intake.submitOffer(form, admission);
    return Response.status(201)
        .entity(
            Json.createObjectBuilder()
                .add("number", created.getNumber())
                .add("status", created.getStatus().name())
                .build())
        .build();
  }

  /** The catalogue programme: its id as text or as a whole number. */
  private static String programme(JsonObject json) {
    JsonValue value = json.get("programme");
    if (value instanceof JsonNumber) {
      Long id = JsonFields.whole(value, 1, Long.MAX_VALUE);
      if (id == null) {
        throw RequestProblem.invalid("programme", "input.id");
      }
      return id.toString();
    }
    return JsonFields.text(json, "programme");
  }
}

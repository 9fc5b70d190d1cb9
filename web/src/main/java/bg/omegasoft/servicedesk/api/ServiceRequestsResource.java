package bg.omegasoft.servicedesk.api;

import bg.omegasoft.identity.boundary.FullNames;
import bg.omegasoft.servicedesk.boundary.Conversations;
import bg.omegasoft.servicedesk.boundary.FormAdmission;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.api.JsonBodies;
import bg.omegasoft.shared.api.JsonFields;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The web site's request form ({@code POST}, public, rate-limited, with a trap field for robots)
 * and the status of a request ({@code GET}: staff, or the client's own administrators).
 */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRequestsResource {

  @EJB private Intake intake;
  @EJB private ServiceRequests requests;
  @EJB private Conversations conversations;
  @EJB private FullNames fullNames;
  @Context private HttpServletRequest http;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a service request (the web site's form)",
      description =
          "A JSON object: companyUic, contactName, email, phone, type, preferredMode, description"
              + " (text), consent (true). The company is identified by its UIC and the contact's"
              + " e-mail. Types: SUPPORT, EXPRESS, PASSWORD_RECOVERY, LICENCE_OWNER_CHANGE,"
              + " TRAINING; preferredMode: ON_SITE or REMOTE. The field 'website' must stay empty."
              + " Every submission from an address counts against its rate limit, a malformed one"
              + " too, before the body is read. The request is held (status"
              + " AWAITING_CONFIRMATION) until the e-mail address confirms it through the link"
              + " mailed to it; unconfirmed requests are removed.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded: {number, status}; status AWAITING_CONFIRMATION")
  @APIResponse(responseCode = "400", description = "Invalid input, with the failing fields")
  @APIResponse(responseCode = "429", description = "Too many submissions from this address")
  public Response submit(InputStream body) {
    // counted before the body is read: a flood of malformed bodies meets the limit too
    FormAdmission admission = intake.admit(http.getRemoteAddr());
    JsonObject json =
        JsonBodies.object(
            body, headers.getMediaType(), headers.getHeaderString(HttpHeaders.CONTENT_LENGTH));
    RequestForm form =
        new RequestForm(
            JsonFields.text(json, "companyUic"),
            JsonFields.text(json, "contactName"),
            JsonFields.text(json, "email"),
            JsonFields.text(json, "phone"),
            choice(json, "type", RequestType.class, "sd.form.typeInvalid"),
            choice(json, "preferredMode", DeliveryMode.class, "sd.form.modeInvalid"),
            JsonFields.text(json, "description"),
            Boolean.TRUE.equals(JsonFields.flag(json, "consent")),
            JsonFields.text(json, "website"));
    ServiceRequest created = intake.submitWebForm(form, admission);
    return Response.created(uri.getAbsolutePathBuilder().path(created.getNumber()).build())
        .entity(
            Json.createObjectBuilder()
                .add("number", created.getNumber())
                .add("status", created.getStatus().name())
                .build())
        .build();
  }

  @GET
  @Path("{number}")
  @RolesAllowed({"STAFF", "ADMIN", "CLIENT_ADMIN"})
  @SecurityRequirement(name = "token")
  @Operation(summary = "Status of a request: consultant, scheduled time, mode, conversation")
  @APIResponse(responseCode = "200", description = "The request's status")
  @APIResponse(
      responseCode = "404",
      description = "No such request (or not the caller's company's)")
  public JsonObject status(@PathParam("number") String number) {
    ServiceRequest request = requests.visibleByNumber(number);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("number", request.getNumber())
            .add("status", request.getStatus().name())
            .add("type", request.getType().name())
            .add("channel", request.getChannel().name())
            .add("channelGuaranteed", request.isChannelGuaranteed())
            .add("receivedAt", time(request.getReceivedAt()))
            .add("billable", request.isBillable());
    if (request.getClient() != null) {
      json.add("client", request.getClient().getName());
    }
    if (request.getConsultant() != null) {
      json.add("consultant", request.getConsultant().getFullName());
    } else {
      json.addNull("consultant");
    }
    if (request.getScheduledStart() != null) {
      json.add("scheduledStart", time(request.getScheduledStart()));
      json.add("scheduledEnd", time(request.getScheduledEnd()));
    } else {
      json.addNull("scheduledStart");
    }
    if (request.getDeliveryMode() != null) {
      json.add("mode", request.getDeliveryMode().name());
    } else {
      json.addNull("mode");
    }
    return json.add("messages", messages(number)).build();
  }

  /** The conversation, oldest first: authors by their full names; notes only for staff. */
  private JsonArrayBuilder messages(String number) {
    List<RequestMessage> thread = conversations.visibleThread(number);
    Map<String, String> names =
        fullNames.of(thread.stream().map(RequestMessage::getAuthor).toList());
    JsonArrayBuilder messages = Json.createArrayBuilder();
    for (RequestMessage m : thread) {
      JsonObjectBuilder message =
          Json.createObjectBuilder()
              .add("at", time(m.getOccurredAt()))
              .add("direction", m.getDirection().name())
              .add("kind", m.getKind().name())
              .add("from", m.getAuthor() == null ? m.getSender() : names.get(m.getAuthor()));
      if (m.getSubject() != null) {
        message.add("subject", m.getSubject());
      }
      messages.add(message.add("text", m.getBody() == null ? "" : m.getBody()));
    }
    return messages;
  }

  /** ISO-8601 with the offset of Europe/Sofia. */
  static String time(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(SofiaTime.ZONE));
  }

  private static <E extends Enum<E>> E choice(
      JsonObject body, String name, Class<E> type, String key) {
    String value = JsonFields.text(body, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, key);
    }
  }
}

package bg.omegasoft.servicedesk.api;

import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.OfferForm;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** "Request an offer" from the web site: an offer request in the staff's queue. Public. */
@Path("offer-requests")
@Produces(MediaType.APPLICATION_JSON)
public class OfferRequestsResource {

  @EJB private Intake intake;
  @Context private HttpServletRequest http;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Request an offer",
      description =
          "name, company, email, phone, topic, message; optional programme (a catalogue"
              + " programme id). The field 'website' must stay empty.")
  @APIResponse(responseCode = "201", description = "Received: {number, status}")
  @APIResponse(responseCode = "400", description = "Invalid input, with the failing fields")
  @APIResponse(responseCode = "429", description = "Too many submissions from this address")
  public Response submit(JsonObject body) {
    OfferForm form =
        new OfferForm(
            ServiceRequestsResource.text(body, "name"),
            ServiceRequestsResource.text(body, "company"),
            ServiceRequestsResource.text(body, "email"),
            ServiceRequestsResource.text(body, "phone"),
            ServiceRequestsResource.text(body, "topic"),
            ServiceRequestsResource.text(body, "message"),
            ServiceRequestsResource.text(body, "programme"),
            ServiceRequestsResource.text(body, "website"));
    ServiceRequest created = intake.submitOffer(form, http.getRemoteAddr());
    return Response.status(201)
        .entity(
            Json.createObjectBuilder()
                .add("number", created.getNumber())
                .add("status", created.getStatus().name())
                .build())
        .build();
  }
}

package bg.omegasoft.shared.api;

import bg.omegasoft.shared.boundary.DatabaseHealth;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Whether the platform can serve: the database answers and its schema is current. Public. */
@Path("health")
@PermitAll
public class HealthResource {

  @EJB private DatabaseHealth database;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Health of the platform and its database")
  @APIResponse(responseCode = "200", description = "Everything is up")
  @APIResponse(responseCode = "503", description = "The database is down")
  public Response health() {
    boolean up = database.isUp();
    String status = up ? "UP" : "DOWN";
    return Response.status(up ? 200 : 503)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("status", status)
                .add("checks", Json.createObjectBuilder().add("database", status))
                .build()
                .toString())
        .build();
  }
}

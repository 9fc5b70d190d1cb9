package bg.omegasoft.assessment.api;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.api.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The tests open to a trainee (their own API token), and starting an attempt: 201 with the
 * questions and the deadline by the server's clock; a second start resumes the attempt in progress.
 */
@Path("tests")
@RolesAllowed(Roles.TRAINEE)
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MyTestsResource {

  @EJB private Attempts attempts;

  @GET
  @Operation(summary = "The tests open to me, with my attempts at each")
  public Response available() {
    JsonArrayBuilder tests = Json.createArrayBuilder();
    attempts
        .available()
        .forEach(
            t -> {
              JsonObjectBuilder test =
                  Json.createObjectBuilder()
                      .add("id", t.testId())
                      .add("title", t.title())
                      .add("kind", t.kind().name())
                      .add("programme", t.programme())
                      .add("version", t.versionNumber())
                      .add("questions", t.questions())
                      .add("timeLimitMinutes", t.timeLimitMinutes())
                      .add("maxAttempts", t.maxAttempts())
                      .add("attemptsUsed", t.attemptsUsed());
              if (t.activeAttemptId() != null) {
                test.add("activeAttempt", t.activeAttemptId());
              }
              tests.add(test);
            });
    return Response.ok(tests.build()).build();
  }

  @POST
  @Path("{testId: " + Params.ID + "}/attempts")
  @Operation(summary = "Start an attempt (or resume the one in progress): 201 with the questions")
  public Response start(@PathParam("testId") long testId) {
    AttemptView view = attempts.start(testId);
    return Response.created(URI.create("attempts/" + view.id()))
        .entity(AttemptsResource.json(view))
        .build();
  }
}

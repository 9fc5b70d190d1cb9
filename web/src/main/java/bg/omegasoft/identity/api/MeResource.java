package bg.omegasoft.identity.api;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller of the API as the platform knows them: user name, name, roles, language. */
@Path("me")
@SecurityRequirement(name = "token")
public class MeResource {

  @EJB private MyAccount myAccount;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The user the API token belongs to, with their roles")
  public JsonObject me() {
    User me = myAccount.me();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    me.getRoles().stream().map(Role::name).sorted().forEach(roles::add);
    return Json.createObjectBuilder()
        .add("username", me.getUsername())
        .add("fullName", me.getFullName())
        .add("roles", roles)
        .add("language", me.getLocale())
        .build();
  }
}

package bg.omegasoft.certification.api;

import bg.omegasoft.certification.boundary.CertificateCheck;
import bg.omegasoft.certification.boundary.Verification;
import bg.omegasoft.shared.api.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public certificate check (docs/api-contract.md): {"status":"VALID"|"REVOKED","holder",
 * "programme","level","version","issuedOn"}; 404 for an unknown (or malformed) code; 429 when an
 * address checks too often. Nothing beyond the holder's name.
 */
@Path("certificates")
@PermitAll
public class CertificatesResource {

  @EJB private CertificateCheck check;
  @Inject private CheckRateLimit limit;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "Check a certificate by the verification code on it (no sign-in)")
  @APIResponse(responseCode = "200", description = "VALID or REVOKED, with what it certifies")
  @APIResponse(responseCode = "404", description = "No certificate has this code")
  @APIResponse(responseCode = "429", description = "Too many checks from this address")
  public Response verify(@PathParam("code") String code) {
    if (!limit.allow(request.getRemoteAddr())) {
      return Response.fromResponse(
              Problems.response(429, Problems.locale(headers), "certificate.checkLimit"))
          .header("Retry-After", "60")
          .build();
    }
    Optional<Verification> found = check.verify(code);
    if (found.isEmpty()) {
      return Problems.response(404, Problems.locale(headers), "certificate.unknown");
    }
    Verification v = found.get();
    return Response.ok(
            Json.createObjectBuilder()
                .add("status", v.publicStatus())
                .add("holder", v.holder())
                .add("programme", v.programme())
                .add("level", v.level().name())
                .add("version", v.version())
                .add("issuedOn", v.issuedOn().toString())
                .build())
        .header("Cache-Control", "no-store")
        .build();
  }
}

package bg.omegasoft.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of the platform, under /api/v1; its OpenAPI document is served at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Omex client service platform API",
            version = "1",
            description =
                "Public forms and checks, and authenticated access with personal API tokens"
                    + " (Authorization: Bearer omx_...). Errors are application/problem+json."))
@SecurityScheme(
    securitySchemeName = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token created on the user's profile page")
public class ApiApplication extends Application {}

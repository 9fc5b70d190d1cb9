package bg.omegasoft.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * GET /api/v1/health: {@code {"status":"UP","checks":{"database":"UP","application":"UP"}}}, 503
 * when the database is down or the application is not running. Public, never cached.
 */
@WebServlet(urlPatterns = {"", "/"})
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private DatabaseProbe database;
  @Inject private ServerManagement server;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean databaseUp = database.up();
    Optional<Boolean> deployments = server.deploymentsRunning();
    boolean up = databaseUp && deployments.orElse(true);
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", state(up))
                .add(
                    "checks",
                    Json.createObjectBuilder()
                        .add("database", state(databaseUp))
                        .add(
                            "application", deployments.map(HealthServlet::state).orElse("UNKNOWN")))
                .build()
                .toString());
  }

  private static String state(boolean up) {
    return up ? "UP" : "DOWN";
  }
}

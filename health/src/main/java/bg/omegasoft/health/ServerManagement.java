package bg.omegasoft.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Asks this server, through its own management interface on the loopback address (local
 * authentication, no password), about its state: boot failures, deployments; and reloads it.
 */
@ApplicationScoped
public class ServerManagement {

  private static final String SUCCESS = "success";

  /**
   * Whether the server started while the application database was unreachable: the services on it
   * (the batch job repository in the database, and with it the application) failed at boot.
   */
  public boolean startedWithoutDatabase() {
    return execute(operation("read-boot-errors", "core-service", "management"))
        .map(ModelNode::toString)
        .map(errors -> errors.contains("OmexDS") || errors.contains("jdbc-job-repository"))
        .orElse(false);
  }

  /** Whether every deployment is running; empty when the server could not be asked. */
  public Optional<Boolean> deploymentsRunning() {
    ModelNode read = new ModelNode();
    read.get("operation").set("read-children-resources");
    read.get("address").setEmptyList();
    read.get("child-type").set("deployment");
    read.get("include-runtime").set(true);
    return execute(read)
        .map(
            deployments ->
                deployments.keys().stream()
                    .allMatch(name -> "OK".equals(deployments.get(name, "status").asString())));
  }

  /** Restarts the server's services in this same process, reading the configuration again. */
  public boolean reload() {
    return execute(operation("reload")).isPresent();
  }

  private static ModelNode operation(String name, String... address) {
    ModelNode operation = new ModelNode();
    operation.get("operation").set(name);
    ModelNode path = operation.get("address").setEmptyList();
    for (int i = 0; i + 1 < address.length; i += 2) {
      path.add(address[i], address[i + 1]);
    }
    return operation;
  }

  private static Optional<ModelNode> execute(ModelNode operation) {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("remote+http", host(), port())) {
      ModelNode outcome = client.execute(operation);
      return SUCCESS.equals(outcome.get("outcome").asString())
          ? Optional.of(outcome.get("result"))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String host() {
    return System.getProperty("jboss.bind.address.management", "127.0.0.1");
  }

  private static int port() {
    return Integer.getInteger("jboss.management.http.port", 9990)
        + Integer.getInteger("jboss.socket.binding.port-offset", 0);
  }
}

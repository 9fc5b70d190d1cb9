package bg.omegasoft.operations.api;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.operations.boundary.ExecutionSummary;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.operations.boundary.RunRecords;
import bg.omegasoft.operations.boundary.StepSummary;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Batch operators' automation: start an invoice run, read an execution with its steps' counts,
 * restart a failed or stopped one, stop a running one.
 */
@Path("batch")
@SecurityRequirement(name = "token")
@RolesAllowed(Roles.BATCH_OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

  @EJB private InvoiceRuns invoiceRuns;
  @EJB private Jobs jobs;
  @EJB private RunRecords records;

  @POST
  @Path("invoice-runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start the invoice run for a billing date",
      description =
          "Body {\"billingDate\":\"2026-11-30\",\"dryRun\":false} (optional: itemCount, clients"
              + " per chunk; deliveryPartitions, 1 to 4 parallel parts of the delivery step). 202"
              + " with the execution id; 400 for a malformed or future date; 409 when a real run"
              + " for the date is running, completed or waits for a restart.")
  public Response start(JsonObject body) {
    long executionId =
        invoiceRuns.start(
            new InvoiceRuns.Request(
                billingDate(body),
                flag(body, "dryRun"),
                number(body, "itemCount", "operations.invoiceRun.itemCount.range"),
                number(
                    body, "deliveryPartitions", "operations.invoiceRun.deliveryPartitions.range")));
    return Response.accepted(Json.createObjectBuilder().add("executionId", executionId).build())
        .build();
  }

  @GET
  @Path("executions/{id}")
  @Operation(summary = "An execution: status, start, end and each step's counts")
  public JsonObject execution(@PathParam("id") long id) {
    ExecutionSummary execution = ExecutionSummary.of(jobs.execution(id));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("executionId", execution.id())
            .add("job", execution.jobName())
            .add("status", execution.status().name());
    optional(json, "exitStatus", execution.exitStatus());
    time(json, "start", execution.start());
    time(json, "end", execution.end());
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (StepSummary step : jobs.steps(id)) {
      JsonObjectBuilder s =
          Json.createObjectBuilder()
              .add("name", step.name())
              .add("status", step.status().name())
              .add("read", step.read())
              .add("write", step.write())
              .add("filter", step.filter())
              .add("skip", step.skip())
              .add("commit", step.commit())
              .add("rollback", step.rollback());
      optional(s, "exitStatus", step.exitStatus());
      time(s, "start", step.start());
      time(s, "end", step.end());
      steps.add(s);
    }
    json.add("steps", steps);
    if (InvoiceRuns.JOB.equals(execution.jobName())) {
      records
          .progress(jobs.instanceOf(id), InvoiceRuns.BILLING_STEP)
          .ifPresent(
              p ->
                  json.add(
                      "progress",
                      Json.createObjectBuilder()
                          .add("processed", p.processed())
                          .add("total", p.total())
                          .add("percent", p.percent())));
    }
    return json.build();
  }

  @POST
  @Path("executions/{id}/restart")
  @Operation(summary = "Restart a failed or stopped execution; 202 with the new execution id")
  public Response restart(@PathParam("id") long id) {
    long restarted = jobs.restart(id);
    return Response.accepted(Json.createObjectBuilder().add("executionId", restarted).build())
        .build();
  }

  @POST
  @Path("executions/{id}/stop")
  @Operation(summary = "Stop a running execution after its current chunk; 202")
  public Response stop(@PathParam("id") long id) {
    jobs.stop(id);
    return Response.accepted(Json.createObjectBuilder().add("executionId", id).build()).build();
  }

  static LocalDate billingDate(JsonObject body) {
    JsonValue value = body == null ? null : body.get("billingDate");
    if (value == null || value == JsonValue.NULL) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.required");
    }
    try {
      return LocalDate.parse(((JsonString) value).getString().strip());
    } catch (ClassCastException | DateTimeParseException e) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.malformed");
    }
  }

  private static boolean flag(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
      return false;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    throw new InvalidInputException(name, "operations.invoiceRun.dryRun.malformed");
  }

  private static Integer number(JsonObject body, String name, String invalidKey) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new InvalidInputException(name, invalidKey);
    }
    return body.getJsonNumber(name).intValue();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static void time(JsonObjectBuilder json, String name, Instant instant) {
    if (instant == null) {
      json.addNull(name);
    } else {
      json.add(name, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString());
    }
  }
}

package bg.omegasoft.operations.api;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.operations.boundary.ExecutionSummary;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.operations.boundary.RunRecords;
import bg.omegasoft.operations.boundary.StepSummary;
import bg.omegasoft.shared.api.JsonFields;
import bg.omegasoft.shared.api.Params;
import bg.omegasoft.shared.api.RequestProblem;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
          "Body {\"billingDate\":\"2026-11-30\",\"dryRun\":false}: both required (dryRun true"
              + " prices everything and issues nothing; false issues the invoices). Optional:"
              + " itemCount, clients per checkpoint (a whole number, 1 to 10000);"
              + " deliveryPartitions, parallel parts of the delivery step (1 to 4). 202 with the"
              + " execution id; 400 naming the field for a missing or malformed field, a date in"
              + " the future or before 2000-01-01, or a number that is not a whole number in its"
              + " range; 409 when a real run for the date is running, completed or waits for a"
              + " restart.")
  @APIResponse(responseCode = "202", description = "Started: {executionId}")
  @APIResponse(responseCode = "400", description = "Invalid input, with the failing field")
  @APIResponse(responseCode = "409", description = "A real run holds the billing date")
  public Response start(JsonObject body) {
    long executionId =
        invoiceRuns.start(
            new InvoiceRuns.Request(
                billingDate(body),
                dryRun(body),
                JsonFields.integer(
                    body,
                    "itemCount",
                    1,
                    InvoiceRuns.MAX_ITEM_COUNT,
                    "operations.invoiceRun.itemCount.range"),
                JsonFields.integer(
                    body,
                    "deliveryPartitions",
                    1,
                    InvoiceRuns.MAX_DELIVERY_PARTITIONS,
                    "operations.invoiceRun.deliveryPartitions.range")));
    return Response.accepted(Json.createObjectBuilder().add("executionId", executionId).build())
        .build();
  }

  @GET
  @Path("executions/{id: " + Params.ID + "}")
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
  @Path("executions/{id: " + Params.ID + "}/restart")
  @Operation(summary = "Restart a failed or stopped execution; 202 with the new execution id")
  public Response restart(@PathParam("id") long id) {
    long restarted = jobs.restart(id);
    return Response.accepted(Json.createObjectBuilder().add("executionId", restarted).build())
        .build();
  }

  @POST
  @Path("executions/{id: " + Params.ID + "}/stop")
  @Operation(summary = "Stop a running execution after its current chunk; 202")
  public Response stop(@PathParam("id") long id) {
    jobs.stop(id);
    return Response.accepted(Json.createObjectBuilder().add("executionId", id).build()).build();
  }

  private static boolean dryRun(JsonObject body) {
    Boolean dryRun = JsonFields.flag(body, "dryRun", "operations.invoiceRun.dryRun.malformed");
    if (dryRun == null) {
      throw RequestProblem.invalid("dryRun", "operations.invoiceRun.dryRun.required");
    }
    return dryRun;
  }

  private static LocalDate billingDate(JsonObject body) {
    LocalDate date =
        JsonFields.date(body, "billingDate", "operations.invoiceRun.billingDate.malformed");
    if (date == null) {
      throw new InvalidInputException("billingDate", "operations.invoiceRun.billingDate.required");
    }
    return date;
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

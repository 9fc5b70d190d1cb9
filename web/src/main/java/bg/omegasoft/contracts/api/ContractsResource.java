package bg.omegasoft.contracts.api;

import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.MyContracts;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.TermsVersion;
import bg.omegasoft.shared.api.Params;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Service contracts, read-only: the vendor's people (STAFF, ADMIN, FINANCE) read every contract; a
 * client administrator reads the company's concluded contracts (another's answers 404).
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "ADMIN", "FINANCE", "CLIENT_ADMIN"})
@SecurityRequirement(name = "token")
public class ContractsResource {

  @EJB private Contracts contracts;
  @EJB private MyContracts myContracts;
  @Context private SecurityContext security;

  @GET
  @Operation(summary = "The contracts the caller may read, with the terms in force")
  @APIResponse(responseCode = "200", description = "A list of contracts")
  public JsonArray list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    visible().forEach(c -> list.add(summary(c)));
    return list.build();
  }

  @GET
  @Path("{id: " + Params.ID + "}")
  @Operation(summary = "A contract: terms versions and fee periods")
  @APIResponse(responseCode = "200", description = "The contract")
  @APIResponse(
      responseCode = "404",
      description = "No such contract (or not the caller's company's)")
  public JsonObject detail(@PathParam("id") long id) {
    Contract contract = vendor() ? contracts.find(id) : myContracts.mine(id);
    JsonArrayBuilder versions = Json.createArrayBuilder();
    contract.getTerms().forEach(t -> versions.add(terms(t)));
    JsonArrayBuilder fees = Json.createArrayBuilder();
    contract
        .feesDueUpTo(contract.lastDay())
        .forEach(
            f ->
                fees.add(
                    Json.createObjectBuilder()
                        .add("periodStart", f.start().toString())
                        .add("periodEnd", f.end().toString())
                        .add("amount", money(f.amount()))
                        .add("termsVersion", f.termsVersion())));
    return Json.createObjectBuilder(summary(contract))
        .add("terms", versions)
        .add("fees", fees)
        .build();
  }

  private List<Contract> visible() {
    return vendor() ? contracts.all() : myContracts.mine();
  }

  private boolean vendor() {
    return security.isUserInRole("STAFF")
        || security.isUserInRole("ADMIN")
        || security.isUserInRole("FINANCE");
  }

  private static JsonObject summary(Contract contract) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", contract.getId())
            .add("client", contract.getClient().getName())
            .add("clientUic", contract.getClient().getUic())
            .add("status", contract.getStatus().name())
            .add("start", contract.getStartDate().toString())
            .add("end", contract.getEndDate().toString())
            .add("lastDay", contract.lastDay().toString())
            .add("autoRenew", contract.isAutoRenew())
            .add("current", terms(contract.latestTerms()));
    if (contract.getNumber() == null) {
      json.addNull("number");
    } else {
      json.add("number", contract.getNumber());
    }
    if (contract.getTerminatedOn() != null) {
      json.add("terminatedOn", contract.getTerminatedOn().toString());
    }
    return json.build();
  }

  private static JsonObject terms(TermsVersion terms) {
    JsonArrayBuilder covered = Json.createArrayBuilder();
    terms.getCovered().stream().map(ServiceType::name).forEach(covered::add);
    JsonObjectBuilder rates = Json.createObjectBuilder();
    terms.getOverageRates().forEach((type, rate) -> rates.add(type.name(), money(rate)));
    JsonArrayBuilder processes = Json.createArrayBuilder();
    terms
        .getProcesses()
        .forEach(
            p ->
                processes.add(
                    Json.createObjectBuilder()
                        .add("area", p.getArea().name())
                        .add("name", p.getName())
                        .add("monthlyAmount", money(p.getMonthlyAmount()))));
    return Json.createObjectBuilder()
        .add("version", terms.getNumber())
        .add("effectiveFrom", terms.getEffectiveFrom().toString())
        .add("covered", covered)
        .add("includedHoursPerMonth", terms.getIncludedHoursPerMonth().toPlainString())
        .add("feePeriod", terms.getFeePeriod().name())
        .add("fee", money(terms.getFee()))
        .add("periodAmount", money(terms.getPeriodAmount()))
        .add("overageDiscountPercent", terms.getOverageDiscountPercent().toPlainString())
        .add("overageRates", rates)
        .add("outsourcedProcesses", processes)
        .build();
  }

  private static JsonObject money(BigDecimal amount) {
    return Json.createObjectBuilder()
        .add("amount", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
        .add("currency", "EUR")
        .build();
  }
}

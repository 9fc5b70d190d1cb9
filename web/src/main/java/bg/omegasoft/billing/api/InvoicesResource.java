package bg.omegasoft.billing.api;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.InvoiceVat;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.api.Params;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Invoices and notes through the API. FINANCE sees every client's; a client administrator only its
 * own company's: another company's document answers 404 exactly like one that does not exist.
 */
@Path("invoices")
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.CLIENT_ADMIN})
public class InvoicesResource {

  private static final String NUMBER = "{number: [0-9]{10}}";

  @EJB private Invoices invoices;

  @GET
  @Operation(summary = "Invoices and notes by client and issue dates (a client admin: its own)")
  public JsonArray list(
      @QueryParam("client") String client,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    invoices
        .list(Params.id("client", client), Params.date("from", from), Params.date("to", to))
        .forEach(s -> list.add(summary(s)));
    return list.build();
  }

  @GET
  @Path(NUMBER)
  @Operation(
      summary = "An invoice or note with its parties, lines, VAT breakdown and payment state")
  public JsonObject detail(@PathParam("number") String number) {
    Invoice invoice = invoices.find(number);
    InvoiceSummary summary = invoices.summary(number);
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (InvoiceLine line : invoice.getLines()) {
      lines.add(
          Json.createObjectBuilder()
              .add("line", line.getLineNo())
              .add("serviceType", line.getServiceType())
              .add("description", line.getDescription())
              .add("quantity", line.getQuantity().toPlainString())
              .add("unitCode", line.getUnitCode())
              .add("unit", line.getUnitBg())
              .add("unitPrice", money(line.getUnitPrice()))
              .add("taxBase", money(line.getTaxBase()))
              .add("vatRate", line.getVatRate().toPlainString()));
    }
    JsonArrayBuilder vat = Json.createArrayBuilder();
    for (InvoiceVat group : invoice.getVatBreakdown()) {
      vat.add(
          Json.createObjectBuilder()
              .add("rate", group.getRate().toPlainString())
              .add("taxBase", money(group.getTaxBase()))
              .add("vat", money(group.getVat())));
    }
    JsonObjectBuilder detail =
        Json.createObjectBuilder(summary(summary))
            .add("taxDate", invoice.getTaxDate().toString())
            .add(
                "supplier",
                party(
                    invoice.getSupplierName(),
                    invoice.getSupplierAddress() + ", " + invoice.getSupplierCity(),
                    invoice.getSupplierUic(),
                    invoice.getSupplierVat()))
            .add(
                "customer",
                party(
                    invoice.getCustomerName(),
                    invoice.getCustomerAddress() + ", " + invoice.getCustomerCity(),
                    invoice.getCustomerUic(),
                    invoice.getCustomerVat()))
            .add(
                "payment",
                Json.createObjectBuilder()
                    .add("means", "BANK_TRANSFER")
                    .add("iban", invoice.getIban())
                    .add("bic", invoice.getBic())
                    .add("bank", invoice.getBankName())
                    .add("reference", invoice.getPaymentReference())
                    .add("dueDate", invoice.getDueDate().toString()))
            .add("lines", lines)
            .add("vatBreakdown", vat)
            .add("pdf", "/api/v1/invoices/" + number + ".pdf")
            .add("xml", "/api/v1/invoices/" + number + ".xml");
    if (invoice.getReason() != null) {
      detail.add("reason", invoice.getReason());
    }
    return detail.build();
  }

  @GET
  @Path(NUMBER + ".pdf")
  @Produces("application/pdf")
  @Operation(summary = "The PDF in Bulgarian, or an English copy with lang=en")
  public Response pdf(@PathParam("number") String number, @QueryParam("lang") String lang) {
    boolean english = "en".equalsIgnoreCase(lang);
    return Response.ok(invoices.pdf(number, english), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + number + (english ? "-en" : "") + ".pdf\"")
        .build();
  }

  @GET
  @Path(NUMBER + ".xml")
  @Produces("application/xml")
  @Operation(summary = "The EN 16931 UBL 2.1 XML (Invoice, or CreditNote for a credit note)")
  public Response xml(@PathParam("number") String number) {
    return Response.ok(invoices.xml(number), "application/xml;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + number + ".xml\"")
        .build();
  }

  static JsonObject summary(InvoiceSummary s) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("number", s.number())
            .add("kind", s.kind().name())
            .add("clientId", s.clientId())
            .add("customer", s.customerName())
            .add("issueDate", s.issueDate().toString())
            .add("dueDate", s.dueDate().toString())
            .add("taxBase", money(s.taxBase()))
            .add("vat", money(s.vat()))
            .add("total", money(s.total()))
            .add("paid", money(s.paid()))
            .add("open", money(s.getOpen()));
    if (s.state() != null) {
      json.add("state", s.state().name());
    }
    if (s.referencedNumber() != null) {
      json.add("refersTo", s.referencedNumber());
    }
    return json.build();
  }

  private static JsonObject party(String name, String address, String uic, String vat) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("name", name).add("address", address).add("uic", uic);
    if (vat != null) {
      json.add("vatNumber", vat);
    }
    return json.build();
  }

  static JsonObject money(BigDecimal amount) {
    return Json.createObjectBuilder()
        .add("amount", amount.setScale(2).toPlainString())
        .add("currency", "EUR")
        .build();
  }
}

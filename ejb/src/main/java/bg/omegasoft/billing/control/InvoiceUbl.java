package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.InvoiceVat;
import bg.omegasoft.shared.entity.PlainText;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The EN 16931 electronic invoice in the UBL 2.1 syntax: an Invoice for invoices (type 380) and
 * debit notes (383), a CreditNote (381) for credit notes, which reference their invoice. Elements
 * are written in the order of the UBL 2.1 schemas. Every text goes through {@link PlainText}, so
 * the document is well-formed XML whatever a stored text holds: characters XML 1.0 forbids (a NUL
 * typed before texts were cleaned at the boundaries) and the invisible reordering ones are left
 * out.
 */
public final class InvoiceUbl {

  public static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017";
  private static final String CAC =
      "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  private static final String CBC =
      "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  private static final String VAT_CATEGORY_STANDARD = "S";

  /** SEPA credit transfer (UNCL 4461). */
  private static final String CREDIT_TRANSFER = "58";

  private InvoiceUbl() {}

  /**
   * @param referenced the invoice a note refers to, null for an invoice
   */
  public static byte[] of(Invoice invoice, Invoice referenced) {
    boolean credit = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
    String root = credit ? "CreditNote" : "Invoice";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement(root);
      x.writeDefaultNamespace("urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2");
      x.writeNamespace("cac", CAC);
      x.writeNamespace("cbc", CBC);
      text(x, "CustomizationID", CUSTOMIZATION);
      text(x, "ID", invoice.getNumber());
      text(x, "IssueDate", invoice.getIssueDate().toString());
      if (credit) {
        text(x, "TaxPointDate", invoice.getTaxDate().toString());
        text(x, "CreditNoteTypeCode", invoice.getKind().typeCode());
        if (invoice.getReason() != null) {
          text(x, "Note", invoice.getReason());
        }
      } else {
        text(x, "DueDate", invoice.getDueDate().toString());
        text(x, "InvoiceTypeCode", invoice.getKind().typeCode());
        if (invoice.getReason() != null) {
          text(x, "Note", invoice.getReason());
        }
        text(x, "TaxPointDate", invoice.getTaxDate().toString());
      }
      text(x, "DocumentCurrencyCode", invoice.getCurrency());
      text(x, "BuyerReference", invoice.getCustomerUic());
      if (referenced != null) {
        start(x, CAC, "BillingReference");
        start(x, CAC, "InvoiceDocumentReference");
        text(x, "ID", referenced.getNumber());
        text(x, "IssueDate", referenced.getIssueDate().toString());
        x.writeEndElement();
        x.writeEndElement();
      }
      party(
          x,
          "AccountingSupplierParty",
          invoice.getSupplierName(),
          invoice.getSupplierAddress(),
          invoice.getSupplierCity(),
          invoice.getSupplierPostcode(),
          invoice.getSupplierVat(),
          invoice.getSupplierUic());
      party(
          x,
          "AccountingCustomerParty",
          invoice.getCustomerName(),
          invoice.getCustomerAddress(),
          invoice.getCustomerCity(),
          invoice.getCustomerPostcode(),
          invoice.getCustomerVat(),
          invoice.getCustomerUic());
      start(x, CAC, "PaymentMeans");
      text(x, "PaymentMeansCode", CREDIT_TRANSFER);
      if (credit) {
        text(x, "PaymentDueDate", invoice.getDueDate().toString());
      }
      text(x, "PaymentID", invoice.getPaymentReference());
      start(x, CAC, "PayeeFinancialAccount");
      text(x, "ID", invoice.getIban());
      text(x, "Name", invoice.getSupplierName());
      start(x, CAC, "FinancialInstitutionBranch");
      text(x, "ID", invoice.getBic());
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      start(x, CAC, "PaymentTerms");
      text(x, "Note", "Плащане по банков път до " + invoice.getDueDate());
      x.writeEndElement();
      start(x, CAC, "TaxTotal");
      amount(x, "TaxAmount", invoice.getVat());
      for (InvoiceVat vat : invoice.getVatBreakdown()) {
        start(x, CAC, "TaxSubtotal");
        amount(x, "TaxableAmount", vat.getTaxBase());
        amount(x, "TaxAmount", vat.getVat());
        taxCategory(x, "TaxCategory", vat.getRate());
        x.writeEndElement();
      }
      x.writeEndElement();
      start(x, CAC, "LegalMonetaryTotal");
      amount(x, "LineExtensionAmount", invoice.getTaxBase());
      amount(x, "TaxExclusiveAmount", invoice.getTaxBase());
      amount(x, "TaxInclusiveAmount", invoice.getTotal());
      amount(x, "PayableAmount", invoice.getTotal());
      x.writeEndElement();
      lines(x, invoice.getLines(), credit);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The UBL document could not be written", e);
    }
    return out.toByteArray();
  }

  private static void lines(XMLStreamWriter x, List<InvoiceLine> lines, boolean credit)
      throws XMLStreamException {
    for (InvoiceLine line : lines) {
      start(x, CAC, credit ? "CreditNoteLine" : "InvoiceLine");
      text(x, "ID", String.valueOf(line.getLineNo()));
      x.writeStartElement("cbc", credit ? "CreditedQuantity" : "InvoicedQuantity", CBC);
      x.writeAttribute("unitCode", PlainText.line(line.getUnitCode()));
      x.writeCharacters(line.getQuantity().toPlainString());
      x.writeEndElement();
      amount(x, "LineExtensionAmount", line.getTaxBase());
      start(x, CAC, "Item");
      text(x, "Name", line.getDescription());
      taxCategory(x, "ClassifiedTaxCategory", line.getVatRate());
      x.writeEndElement();
      start(x, CAC, "Price");
      amount(x, "PriceAmount", line.getUnitPrice());
      x.writeEndElement();
      x.writeEndElement();
    }
  }

  private static void party(
      XMLStreamWriter x,
      String role,
      String name,
      String street,
      String city,
      String postcode,
      String vat,
      String uic)
      throws XMLStreamException {
    start(x, CAC, role);
    start(x, CAC, "Party");
    start(x, CAC, "PartyName");
    text(x, "Name", name);
    x.writeEndElement();
    start(x, CAC, "PostalAddress");
    if (street != null && !street.isBlank()) {
      text(x, "StreetName", street);
    }
    if (city != null && !city.isBlank()) {
      text(x, "CityName", city);
    }
    if (postcode != null && !postcode.isBlank()) {
      text(x, "PostalZone", postcode);
    }
    start(x, CAC, "Country");
    text(x, "IdentificationCode", "BG");
    x.writeEndElement();
    x.writeEndElement();
    if (vat != null && !vat.isBlank()) {
      start(x, CAC, "PartyTaxScheme");
      text(x, "CompanyID", vat);
      start(x, CAC, "TaxScheme");
      text(x, "ID", "VAT");
      x.writeEndElement();
      x.writeEndElement();
    }
    start(x, CAC, "PartyLegalEntity");
    text(x, "RegistrationName", name);
    text(x, "CompanyID", uic);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void taxCategory(XMLStreamWriter x, String element, BigDecimal rate)
      throws XMLStreamException {
    start(x, CAC, element);
    text(x, "ID", VAT_CATEGORY_STANDARD);
    text(x, "Percent", rate.toPlainString());
    start(x, CAC, "TaxScheme");
    text(x, "ID", "VAT");
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void start(XMLStreamWriter x, String ns, String name) throws XMLStreamException {
    x.writeStartElement(CAC.equals(ns) ? "cac" : "cbc", name, ns);
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement("cbc", name, CBC);
    x.writeCharacters(PlainText.text(value));
    x.writeEndElement();
  }

  private static void amount(XMLStreamWriter x, String name, BigDecimal value)
      throws XMLStreamException {
    x.writeStartElement("cbc", name, CBC);
    x.writeAttribute("currencyID", "EUR");
    x.writeCharacters(value.setScale(2).toPlainString());
    x.writeEndElement();
  }

  /** For tests and the API: the text as UTF-8. */
  public static String asText(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }
}

package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The e-invoices are valid UBL 2.1 (the OASIS schemas shipped by ph-ubl) and keep the key EN 16931
 * business rules: the mandatory terms and the arithmetic of the totals and the VAT breakdown.
 */
class InvoiceUblTest {

  static final Invoice INVOICE =
      TestInvoices.invoice(
          "0000000042",
          InvoiceKind.INVOICE,
          new Object[] {"Посещение: настройка на ТРЗ", "1.50", "60.00"},
          new Object[] {"Отдалечена работа", "3.00", "13.33"});

  static final Invoice CREDIT_NOTE =
      TestInvoices.invoice(
          "0000000043",
          InvoiceKind.CREDIT_NOTE,
          new Object[] {"Кредитиране: посещение", "0.50", "60.00"});

  static final Invoice DEBIT_NOTE =
      TestInvoices.invoice(
          "0000000044", InvoiceKind.DEBIT_NOTE, new Object[] {"Допълнително", "1", "10.00"});

  static final Map<String, String> EXTERNAL =
      Map.of(
          "http://www.w3.org/2000/09/xmldsig#", "schemas/xmldsig-core-schema.xsd",
          "http://uri.etsi.org/01903/v1.3.2#", "schemas/XAdES01903v132-201601.xsd",
          "http://uri.etsi.org/01903/v1.4.1#", "schemas/XAdES01903v141-201601.xsd",
          "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2",
              "schemas/CCTS_CCT_SchemaModule.xsd");

  static Schema schema(String root) throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setResourceResolver(new ExternalSchemas());
    URL xsd =
        InvoiceUblTest.class
            .getClassLoader()
            .getResource("external/schemas/ubl21/maindoc/UBL-" + root + "-2.1.xsd");
    return factory.newSchema(xsd);
  }

  static void validate(String root, byte[] xml) throws Exception {
    schema(root).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @Test
  void anInvoiceIsValidUbl() throws Exception {
    validate("Invoice", InvoiceUbl.of(INVOICE, null));
  }

  @Test
  void aCreditNoteIsValidUblAndReferencesItsInvoice() throws Exception {
    byte[] xml = InvoiceUbl.of(CREDIT_NOTE, INVOICE);
    validate("CreditNote", xml);
    XPath x = xpath();
    Document doc = parse(xml);
    assertEquals("381", x.evaluate("/*/cbc:CreditNoteTypeCode", doc));
    assertEquals(
        "0000000042",
        x.evaluate("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", doc));
    En16931.check(doc);
  }

  @Test
  void aDebitNoteIsAnInvoiceOfType383() throws Exception {
    byte[] xml = InvoiceUbl.of(DEBIT_NOTE, INVOICE);
    validate("Invoice", xml);
    assertEquals("383", xpath().evaluate("/*/cbc:InvoiceTypeCode", parse(xml)));
  }

  @Test
  void theInvoiceKeepsTheEn16931Rules() throws Exception {
    Document doc = parse(InvoiceUbl.of(INVOICE, null));
    En16931.check(doc);
    XPath x = xpath();
    assertEquals("0000000042", x.evaluate("/*/cbc:ID", doc));
    assertEquals(
        CreditorReference.of("0000000042"), x.evaluate("//cac:PaymentMeans/cbc:PaymentID", doc));
    assertEquals("129.99", x.evaluate("/*/cac:LegalMonetaryTotal/cbc:LineExtensionAmount", doc));
    assertEquals("26.00", x.evaluate("/*/cac:TaxTotal/cbc:TaxAmount", doc));
    assertEquals("155.99", x.evaluate("/*/cac:LegalMonetaryTotal/cbc:PayableAmount", doc));
  }

  @Test
  void textsStoredWithControlCharactersGiveValidUblWithoutThem() throws Exception {
    byte[] xml = InvoiceUbl.of(dirty(), null);
    validate("Invoice", xml);
    Document doc = parse(xml);
    String cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    String cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    org.w3c.dom.Element item =
        (org.w3c.dom.Element) doc.getElementsByTagNameNS(cac, "Item").item(0);
    assertEquals(
        "Посещение: настройка fdp.exe",
        item.getElementsByTagNameNS(cbc, "Name").item(0).getTextContent(),
        "the line's item name, without the NUL, the override and U+FFFF");
    assertEquals(
        "Деметра Агро ЕООД",
        doc.getElementsByTagNameNS(cbc, "RegistrationName").item(1).getTextContent());
    assertEquals(
        "ул. Житница 5", doc.getElementsByTagNameNS(cbc, "StreetName").item(1).getTextContent());
  }

  /** An invoice whose texts were stored before they were cleaned where people type them. */
  static Invoice dirty() {
    Invoice invoice =
        TestInvoices.invoice(
            "0000000046",
            InvoiceKind.INVOICE,
            new Object[] {"Посещение:\u0000 настройка \u202Efdp.exe\u202C\uFFFF", "1", "60.00"});
    TestInvoices.set(invoice, "customerName", "Деметра\u0007 Агро\u2066 ЕООД");
    TestInvoices.set(invoice, "customerAddress", "ул. Житница\u0000 5");
    return invoice;
  }

  @Test
  void aBrokenDocumentIsRejectedByTheSchema() {
    byte[] xml =
        new String(InvoiceUbl.of(INVOICE, null), StandardCharsets.UTF_8)
            .replace(
                "<cbc:IssueDate>2026-11-30</cbc:IssueDate>",
                "<cbc:IssueDate>30.11.2026</cbc:IssueDate>")
            .getBytes(StandardCharsets.UTF_8);
    assertThrows(SAXException.class, () -> validate("Invoice", xml));
  }

  @Test
  void theRulesCatchWrongSums() throws Exception {
    byte[] xml =
        new String(InvoiceUbl.of(INVOICE, null), StandardCharsets.UTF_8)
            .replace(">155.99<", ">155.98<")
            .getBytes(StandardCharsets.UTF_8);
    Document doc = parse(xml);
    assertThrows(AssertionError.class, () -> En16931.check(doc));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static XPath xpath() {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(
        new javax.xml.namespace.NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return switch (prefix) {
              case "cac" ->
                  "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
              case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
              default -> XMLConstants.NULL_NS_URI;
            };
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public java.util.Iterator<String> getPrefixes(String uri) {
            return null;
          }
        });
    return x;
  }

  /** The key EN 16931 business rules, checked on the UBL document. */
  static final class En16931 {

    static void check(Document doc) throws Exception {
      XPath x = xpath();
      boolean credit = doc.getDocumentElement().getLocalName().equals("CreditNote");
      String line = credit ? "cac:CreditNoteLine" : "cac:InvoiceLine";
      assertEquals(InvoiceUbl.CUSTOMIZATION, x.evaluate("/*/cbc:CustomizationID", doc), "BR-01");
      assertFalse(x.evaluate("/*/cbc:ID", doc).isBlank(), "BR-02");
      assertFalse(x.evaluate("/*/cbc:IssueDate", doc).isBlank(), "BR-03");
      assertFalse(
          x.evaluate(credit ? "/*/cbc:CreditNoteTypeCode" : "/*/cbc:InvoiceTypeCode", doc)
              .isBlank(),
          "BR-04");
      assertEquals("EUR", x.evaluate("/*/cbc:DocumentCurrencyCode", doc), "BR-05");
      assertFalse(
          x.evaluate(
                  "//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:RegistrationName", doc)
              .isBlank(),
          "BR-06");
      assertFalse(
          x.evaluate(
                  "//cac:AccountingCustomerParty//cac:PartyLegalEntity/cbc:RegistrationName", doc)
              .isBlank(),
          "BR-07");
      assertEquals(
          "BG",
          x.evaluate(
              "//cac:AccountingSupplierParty//cac:PostalAddress/cac:Country/cbc:IdentificationCode",
              doc),
          "BR-09");
      assertEquals(
          "BG",
          x.evaluate(
              "//cac:AccountingCustomerParty//cac:PostalAddress/cac:Country/cbc:IdentificationCode",
              doc),
          "BR-11");
      NodeList lines = (NodeList) x.evaluate("/*/" + line, doc, XPathConstants.NODESET);
      assertTrue(lines.getLength() > 0, "BR-16");
      BigDecimal sumOfLines = BigDecimal.ZERO;
      for (int i = 0; i < lines.getLength(); i++) {
        sumOfLines =
            sumOfLines.add(new BigDecimal(x.evaluate("cbc:LineExtensionAmount", lines.item(i))));
        assertEquals(
            "S", x.evaluate("cac:Item/cac:ClassifiedTaxCategory/cbc:ID", lines.item(i)), "BR-CO-4");
        assertTrue(
            new BigDecimal(x.evaluate("cac:Price/cbc:PriceAmount", lines.item(i))).signum() >= 0,
            "BR-27");
      }
      BigDecimal lineExtension =
          amount(x, doc, "/*/cac:LegalMonetaryTotal/cbc:LineExtensionAmount");
      BigDecimal taxExclusive = amount(x, doc, "/*/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount");
      BigDecimal taxInclusive = amount(x, doc, "/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount");
      BigDecimal payable = amount(x, doc, "/*/cac:LegalMonetaryTotal/cbc:PayableAmount");
      BigDecimal tax = amount(x, doc, "/*/cac:TaxTotal/cbc:TaxAmount");
      assertEquals(0, sumOfLines.compareTo(lineExtension), "BR-CO-10");
      assertEquals(0, lineExtension.compareTo(taxExclusive), "BR-CO-13");
      assertEquals(0, taxExclusive.add(tax).compareTo(taxInclusive), "BR-CO-15");
      assertEquals(0, taxInclusive.compareTo(payable), "BR-CO-16");
      NodeList groups =
          (NodeList) x.evaluate("/*/cac:TaxTotal/cac:TaxSubtotal", doc, XPathConstants.NODESET);
      assertTrue(groups.getLength() > 0, "BR-CO-18");
      BigDecimal groupTax = BigDecimal.ZERO;
      BigDecimal groupBase = BigDecimal.ZERO;
      for (int i = 0; i < groups.getLength(); i++) {
        BigDecimal base = new BigDecimal(x.evaluate("cbc:TaxableAmount", groups.item(i)));
        BigDecimal vat = new BigDecimal(x.evaluate("cbc:TaxAmount", groups.item(i)));
        BigDecimal rate = new BigDecimal(x.evaluate("cac:TaxCategory/cbc:Percent", groups.item(i)));
        assertEquals(
            0,
            base.multiply(rate)
                .divide(new BigDecimal(100), 2, java.math.RoundingMode.HALF_UP)
                .compareTo(vat),
            "BR-S-09");
        groupTax = groupTax.add(vat);
        groupBase = groupBase.add(base);
      }
      assertEquals(0, groupBase.compareTo(taxExclusive), "BR-S-08");
      assertEquals(0, groupTax.compareTo(tax), "BR-CO-14");
      assertTrue(
          x.evaluate("//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID", doc)
              .startsWith("BG"),
          "BR-S-02, BR-CO-9");
      assertFalse(
          x.evaluate("//cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", doc).isBlank(),
          "BR-61");
      if (payable.signum() > 0) {
        String due = credit ? "//cac:PaymentMeans/cbc:PaymentDueDate" : "/*/cbc:DueDate";
        assertFalse(x.evaluate(due, doc).isBlank(), "BR-CO-25");
      }
      if (credit) {
        assertFalse(
            x.evaluate("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", doc)
                .isBlank(),
            "BR-55");
      }
    }

    private static BigDecimal amount(XPath x, Document doc, String path) throws Exception {
      return new BigDecimal(x.evaluate(path, doc));
    }
  }

  /** Finds the schemas that UBL imports by namespace only, in the schema jars on the class path. */
  static final class ExternalSchemas implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      String path = EXTERNAL.get(namespace);
      if (path == null || (systemId != null && !systemId.startsWith("http"))) {
        return null;
      }
      URL url = InvoiceUblTest.class.getClassLoader().getResource(path);
      return new Input(url.toExternalForm(), publicId);
    }
  }

  record Input(String systemId, String publicId) implements LSInput {
    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return null;
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}

package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The e-invoices pass the official EN 16931 business rules for UBL: the CEN Schematron, compiled to
 * XSLT, as phive-rules-en16931 ships it, run by Saxon. A failed assertion flagged "fatal" is an
 * error and fails the test; warnings are printed only.
 */
class En16931RulesTest {

  /** The newest CEN release in the jar. */
  static final String RULES = "external/schematron/1.3.16/ubl/EN16931-UBL-validation.xslt";

  static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

  record Failure(String id, String flag, String location, String text) {
    boolean isError() {
      return !"warning".equals(flag) && !"information".equals(flag);
    }

    @Override
    public String toString() {
      return id + " (" + flag + ") at " + location + ": " + text;
    }
  }

  private static Processor processor;
  private static XsltExecutable rules;

  @BeforeAll
  static void compileTheRules() throws Exception {
    URL xslt = En16931RulesTest.class.getClassLoader().getResource(RULES);
    assertTrue(xslt != null, "the CEN rules " + RULES + " are on the test class path");
    processor = new Processor(false);
    rules =
        processor
            .newXsltCompiler()
            .compile(new StreamSource(xslt.openStream(), xslt.toExternalForm()));
  }

  /** The failed assertions of the official rules on a document, warnings included. */
  static List<Failure> failures(byte[] xml) throws SaxonApiException {
    XsltTransformer transformer = rules.load();
    transformer.setSource(new StreamSource(new ByteArrayInputStream(xml), "urn:omex:test.xml"));
    XdmDestination report = new XdmDestination();
    transformer.setDestination(report);
    transformer.transform();
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("svrl", SVRL);
    List<Failure> failures = new ArrayList<>();
    for (XdmItem assertion : xpath.evaluate("//svrl:failed-assert", report.getXdmNode())) {
      failures.add(
          new Failure(
              xpath.evaluateSingle("string(@id)", assertion).getStringValue(),
              xpath.evaluateSingle("string(@flag)", assertion).getStringValue(),
              xpath.evaluateSingle("string(@location)", assertion).getStringValue(),
              xpath.evaluateSingle("normalize-space(svrl:text)", assertion).getStringValue()));
    }
    return failures;
  }

  static void assertNoErrors(String what, byte[] xml) throws SaxonApiException {
    List<Failure> failures = failures(xml);
    failures.stream()
        .filter(f -> !f.isError())
        .forEach(f -> System.out.println(what + ": EN 16931 warning " + f));
    List<Failure> errors = failures.stream().filter(Failure::isError).toList();
    assertTrue(
        errors.isEmpty(),
        () ->
            what
                + " breaks the EN 16931 rules:\n"
                + String.join("\n", errors.stream().map(Failure::toString).toList()));
  }

  @Test
  void anInvoicePassesTheOfficialRules() throws Exception {
    assertNoErrors("invoice", InvoiceUbl.of(InvoiceUblTest.INVOICE, null));
  }

  @Test
  void aCreditNotePassesTheOfficialRules() throws Exception {
    assertNoErrors(
        "credit note", InvoiceUbl.of(InvoiceUblTest.CREDIT_NOTE, InvoiceUblTest.INVOICE));
  }

  @Test
  void aDebitNotePassesTheOfficialRules() throws Exception {
    assertNoErrors("debit note", InvoiceUbl.of(InvoiceUblTest.DEBIT_NOTE, InvoiceUblTest.INVOICE));
  }

  @Test
  void anInvoiceToACustomerWithoutVatNumberOrPostcodePassesTheOfficialRules() throws Exception {
    Invoice invoice =
        TestInvoices.invoice(
            "0000000045", InvoiceKind.INVOICE, new Object[] {"Обучение", "2", "45.00"});
    TestInvoices.set(invoice, "customerVat", null);
    TestInvoices.set(invoice, "customerPostcode", null);
    assertNoErrors("invoice to a customer without a VAT number", InvoiceUbl.of(invoice, null));
  }

  @Test
  void anInvoiceWithTextsStoredWithControlCharactersPassesTheOfficialRules() throws Exception {
    assertNoErrors("invoice with control characters", InvoiceUbl.of(InvoiceUblTest.dirty(), null));
  }

  @Test
  void aBrokenTotalBreaksABrCoRule() throws Exception {
    assertBrokenPayableBreaksBrCo16(InvoiceUbl.of(InvoiceUblTest.INVOICE, null), "155.99");
  }

  @Test
  void aBrokenTotalOfACreditNoteBreaksABrCoRule() throws Exception {
    assertBrokenPayableBreaksBrCo16(
        InvoiceUbl.of(InvoiceUblTest.CREDIT_NOTE, InvoiceUblTest.INVOICE), "36.00");
  }

  /** Only the amount due is changed, so exactly the arithmetic rule of BT-115 must fail. */
  private static void assertBrokenPayableBreaksBrCo16(byte[] document, String amount)
      throws Exception {
    String xml = new String(document, StandardCharsets.UTF_8);
    String payable = "<cbc:PayableAmount currencyID=\"EUR\">" + amount + "<";
    assertTrue(xml.contains(payable), "the sample's payable amount");
    String broken = xml.replace(payable, payable.replace(amount, "1" + amount));
    List<Failure> errors =
        failures(broken.getBytes(StandardCharsets.UTF_8)).stream()
            .filter(Failure::isError)
            .toList();
    assertEquals(
        List.of("BR-CO-16"),
        errors.stream().map(Failure::id).toList(),
        () -> "a wrong amount due (BT-115) breaks BR-CO-16 only: " + errors);
  }
}

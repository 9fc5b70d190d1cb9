package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.Confirmations;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.Protocols;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Text on its way to a legal invoice: what a person types into the public request form reaches the
 * invoice line without control or reordering characters (a NUL and a right-to-left override typed
 * in, through confirmation, work, protocol and "invoice now"), and the e-invoice (UBL XML) is
 * well-formed whatever text a line holds: a line written before text was cleaned at the boundaries,
 * with a NUL, a right-to-left override and U+FFFF in its description, still gives an XML document
 * that any parser reads, with the characters XML forbids (and the reordering ones) left out.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceTextIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(InvoiceTextIT.class);
  }

  @EJB Invoices invoices;
  @EJB Intake intake;
  @EJB Confirmations confirmations;
  @EJB ServiceRequests requests;
  @EJB Protocols protocols;
  @EJB ClientPortal portal;
  @EJB AsFinance asFinance;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  BillingData fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new BillingData(db);
  }

  @Test
  void anInvoiceLineStoredWithControlCharactersStillGivesWellFormedXml() throws Exception {
    long client = fixtures.client("Фирма с контролни знаци");
    long item = fixtures.remote(client, LocalDate.now().minusDays(1), 60);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    fixtures.update(
        "UPDATE billable_item SET description_bg = ? WHERE id = ?",
        "Работа\u0000 " + marker + "\u202Egpj.exe\u202C\uFFFF\u0007",
        item);
    String number = asFinance.call(() -> invoices.invoiceNow(client)).orElseThrow();
    assertEquals(
        1,
        fixtures.number(
            "SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                + " WHERE i.number = ? AND l.description_bg LIKE CONCAT('%', CHAR(0), '%')",
            number),
        "the line is stored as it came, NUL included");

    byte[] xml = asFinance.call(() -> invoices.xml(number));
    List<String> names = itemNames(xml);
    assertEquals(List.of("Работа " + marker + "gpj.exe"), names);
  }

  @Test
  void whatIsTypedIntoThePublicFormReachesTheInvoiceAsPlainText() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    ServiceRequest held =
        intake.submitWebForm(
            new RequestForm(
                "201234563",
                "Мария\u0000 Георгиева\u202E",
                "maria.georgieva@demetra-agro.bg",
                null,
                RequestType.SUPPORT,
                DeliveryMode.REMOTE,
                "Фактура\u0000 " + marker + "\u202Egpj.exe\u202C\nнощен труд",
                true,
                null),
            "127.0.10." + (1 + Math.abs(marker.hashCode() % 250)));
    String token =
        text("SELECT body FROM outgoing_mail WHERE topic = ?", "service-request:" + held.getId())
            .replaceAll("(?s).*/public/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+).*", "$1");
    assertEquals(Confirmations.State.CONFIRMED, confirmations.confirm(token).orElseThrow().state());
    long demetra = fixtures.number("SELECT id FROM client WHERE uic = '201234563'");
    ServiceRequest done =
        asStaff.call(
            () -> {
              ServiceRequest r = requests.find(held.getId());
              r = requests.triage(r.getId(), r.getVersion(), demetra, RequestType.SUPPORT);
              r = requests.start(r.getId(), r.getVersion());
              return protocols.writeProtocol(
                  r.getId(), r.getVersion(), "Настройка на нощния труд", 30, "Ведомостта е вярна");
            });
    asClientAdmin.call(() -> portal.accept(done.getNumber(), done.getVersion(), 5, null));

    String number = asFinance.call(() -> invoices.invoiceNow(demetra)).orElseThrow();
    String line = "Заявка № " + done.getNumber() + ": Фактура " + marker + "gpj.exe";
    assertTrue(
        itemNames(asFinance.call(() -> invoices.xml(number))).stream()
            .anyMatch(name -> name.startsWith(line)),
        line);
    assertEquals(
        0,
        fixtures.number(
            "SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                + " WHERE i.number = ? AND (l.description_bg LIKE CONCAT('%', CHAR(0), '%')"
                + " OR l.description_bg LIKE CONCAT('%', _utf8mb4 X'E280AE', '%'))",
            number),
        "no NUL and no right-to-left override on the invoice");
  }

  private String text(String sql, Object parameter) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), sql);
        return rs.getString(1);
      }
    }
  }

  /** The texts of cac:Item/cbc:Name, read by a standard XML parser (which fails on bad XML). */
  static List<String> itemNames(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document;
    try {
      document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (org.xml.sax.SAXParseException e) {
      throw new AssertionError(
          "the UBL XML is not well-formed: "
              + e.getMessage()
              + "\n"
              + new String(xml, StandardCharsets.UTF_8),
          e);
    }
    NodeList items =
        document.getElementsByTagNameNS(
            "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Item");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      NodeList name =
          ((org.w3c.dom.Element) items.item(i))
              .getElementsByTagNameNS(
                  "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Name");
      names.add(name.item(0).getTextContent());
    }
    assertTrue(!names.isEmpty(), "the invoice has lines");
    return names;
  }
}

package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.Confirmations;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestFilter;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.control.UnconfirmedRequests;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests of the public form held for confirmation, inside the server: nobody's work and no
 * client's until confirmed, a queue of their own for staff, who may confirm one they checked with
 * the client by phone (with a note); removed with their mail when nobody confirms them in time.
 */
@ExtendWith(ArquillianExtension.class)
class HeldRequestsIT {

  private static final String MARIA = "maria.georgieva@demetra-agro.bg";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(HeldRequestsIT.class);
  }

  @EJB Intake intake;
  @EJB Confirmations confirmations;
  @EJB WorkLists workLists;
  @EJB ClientPortal portal;
  @EJB UnconfirmedRequests unconfirmed;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void aHeldRequestIsNobodysUntilStaffConfirmItWithTheClientByPhone() throws SQLException {
    ServiceRequest held = submit(MARIA);
    String number = held.getNumber();
    assertEquals(RequestStatus.AWAITING_CONFIRMATION, held.getStatus());
    assertNull(held.getClient());

    assertTrue(
        asClientAdmin.call(() -> portal.myRequests()).stream()
            .noneMatch(r -> r.getNumber().equals(number)),
        "not in the client's portal");
    assertThrows(NotFoundException.class, () -> asClientAdmin.call(() -> portal.myRequest(number)));
    assertTrue(
        asStaff.call(() -> workLists.search(RequestFilter.open())).stream()
            .noneMatch(r -> r.getNumber().equals(number)),
        "not in the staff's work lists");
    assertTrue(
        asStaff
            .call(
                () ->
                    workLists.search(
                        new RequestFilter(
                            EnumSet.of(RequestStatus.AWAITING_CONFIRMATION),
                            null,
                            null,
                            null,
                            null,
                            false,
                            number)))
            .stream()
            .anyMatch(r -> r.getNumber().equals(number)),
        "in the queue of held requests");
    List<OutgoingMail> mails = mailsOf(held.getId());
    assertEquals(1, mails.size(), "only the confirmation is mailed");
    assertEquals(MARIA, mails.get(0).getRecipient());
    assertTrue(mails.get(0).getBody().contains("/public/confirm.xhtml?token="));
    assertEquals(
        0,
        count("select count(*) from request_message where request_id = ?", held.getId()),
        "the link is not in the conversation staff read");

    InvalidInputException noNote =
        assertThrows(
            InvalidInputException.class,
            () ->
                asStaff.call(
                    () -> confirmations.confirmByPhone(held.getId(), held.getVersion(), " ")));
    assertEquals("sd.confirm.noteRequired", noNote.messageKey());
    ServiceRequest confirmed =
        asStaff.call(
            () ->
                confirmations.confirmByPhone(
                    held.getId(),
                    held.getVersion(),
                    "Мария Георгиева потвърди по телефона (+359 888 100 200)"));
    assertEquals(RequestStatus.NEW, confirmed.getStatus());
    assertEquals("201234563", confirmed.getClient().getUic(), "filed under the client");
    assertEquals(Channel.PHONE, confirmed.getConsent().getChannel());
    assertEquals(confirmed.getConfirmedAt(), confirmed.getConsent().getGivenAt());
    assertEquals(confirmed.getConfirmedAt(), confirmed.getReceivedAt());
    assertEquals("staff", confirmed.getConfirmedBy());
    assertTrue(confirmed.getConfirmationNote().contains("по телефона"));
    assertTrue(
        asClientAdmin.call(() -> portal.myRequests()).stream()
            .anyMatch(r -> r.getNumber().equals(number)),
        "now in the client's portal");
    assertEquals(2, mailsOf(held.getId()).size(), "and the requester is told it was received");
  }

  @Test
  void requestsNobodyConfirmedInTimeAreRemovedWithTheirMail() throws SQLException {
    ServiceRequest late = submit("late-" + UUID.randomUUID() + "@example.com");
    ServiceRequest waiting = submit("waiting-" + UUID.randomUUID() + "@example.com");
    update(
        "update service_request set confirmation_due_at = '2020-01-01' where id = ?", late.getId());

    RequestRuleException tooLate =
        assertThrows(
            RequestRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        confirmations.confirmByPhone(
                            late.getId(), late.getVersion(), "Обадиха се късно")));
    assertEquals("sd.rule.confirmationExpired", tooLate.messageKey());

    assertTrue(unconfirmed.removeExpired() >= 1);
    assertEquals(0, count("select count(*) from service_request where id = ?", late.getId()));
    assertEquals(
        0,
        count(
            "select count(*) from outgoing_mail where topic = ?",
            "service-request:" + late.getId()));
    assertEquals(
        0,
        count(
            "select count(*) from service_request_transition where request_id = ?", late.getId()));
    assertEquals(
        1,
        count(
            "select count(*) from audit_event where action = 'SR_UNCONFIRMED_REMOVED'"
                + " and subject_id = ?",
            late.getNumber()));
    assertEquals(
        1,
        count("select count(*) from service_request where id = ?", waiting.getId()),
        "one still in time stays");
  }

  private ServiceRequest submit(String email) {
    return intake.submitWebForm(
        new RequestForm(
            "201234563",
            "Мария Георгиева",
            email,
            "+359 888 100 200",
            RequestType.SUPPORT,
            DeliveryMode.REMOTE,
            "Не излиза ведомостта " + UUID.randomUUID(),
            true,
            null),
        "127.0.9." + ThreadLocalRandom.current().nextInt(2, 250));
  }

  private List<OutgoingMail> mailsOf(long requestId) {
    return em.createNamedQuery(OutgoingMail.FIND_BY_TOPIC, OutgoingMail.class)
        .setParameter("topic", "service-request:" + requestId)
        .getResultList();
  }

  private long count(String sql, Object parameter) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void update(String sql, Object parameter) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      assertEquals(1, ps.executeUpdate());
    }
  }
}

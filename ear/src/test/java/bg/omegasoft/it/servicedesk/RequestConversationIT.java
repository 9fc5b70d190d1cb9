package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.servicedesk.boundary.Conversations;
import bg.omegasoft.servicedesk.boundary.ReplyTemplates;
import bg.omegasoft.servicedesk.boundary.ServiceDeskPersonalData;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.ClientWait;
import bg.omegasoft.servicedesk.entity.ReplyTemplate;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.PersonalDataHolder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversation on a request, in the server with real roles, MariaDB and a real mail server
 * (GreenMail, SMTP and the desk's IMAP mailbox): a staff reply is mailed with the number in the
 * subject as an answer to the client's last mail, the client's answer by mail threads back and ends
 * the wait, notes stay with the staff, the portal answer is kept, a closed request refuses the
 * portal and answers a mail automatically, and templates fill their placeholders.
 */
@ExtendWith(ArquillianExtension.class)
class RequestConversationIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String MARIA = "maria.georgieva@demetra-agro.bg";
  private static final Session SESSION = Session.getInstance(new Properties());

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(RequestConversationIT.class, GreenMail.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB Conversations conversations;
  @EJB ReplyTemplates templates;
  @EJB ServiceRequests requests;
  @Inject ServiceDeskPersonalData personalData;
  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Test
  void aReplyIsMailedAndTheClientsAnswerThreadsBackWhileNotesStayInside() throws Exception {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    String number = request.getNumber();
    try (MailServer mail = MailServer.withMailbox()) {
      String first = "<" + UUID.randomUUID() + "@demetra-agro.bg>";
      mail.deliver(
          mail(MARIA, "[" + number + "] Допълнение", "Грешката е в отдел 3.", first, null));
      awaitIncoming(request.getId(), 1);

      String secret = "Вътрешно: клиентът има стара версия " + UUID.randomUUID();
      asStaff.call(() -> conversations.note(request.getId(), secret));
      String question = "Моля, посочете версията на продукта. " + UUID.randomUUID();
      asStaff.call(() -> conversations.reply(request.getId(), question, true));

      MimeMessage reply =
          Eventually.until(
              WAIT,
              () ->
                  mail.receivedBy(MARIA).stream()
                      .filter(m -> MailIntakeIT.bodyOf(m).contains(question))
                      .findFirst()
                      .orElse(null),
              m -> m != null);
      assertTrue(
          reply.getSubject().startsWith("[" + number + "] Отг.: "),
          "the number for the answer to thread back, in Bulgarian: " + reply.getSubject());
      assertEquals(first, reply.getHeader("In-Reply-To", null));
      assertEquals(first, reply.getHeader("References", null));
      assertTrue(MailIntakeIT.bodyOf(reply).contains("PDM"), "files only through PDM");
      assertTrue(
          mail.receivedBy(MARIA).stream().noneMatch(m -> MailIntakeIT.bodyOf(m).contains(secret)),
          "a note is never mailed");

      List<ClientWait.Interval> waiting = conversations.waitingIntervals(request.getId());
      assertEquals(1, waiting.size());
      assertNull(waiting.get(0).to(), "the desk waits for the client");

      String answer = "Версия 7.4.2 " + UUID.randomUUID();
      mail.deliver(
          mail(
              MARIA,
              "Re: " + reply.getSubject(),
              answer,
              "<" + UUID.randomUUID() + "@demetra-agro.bg>",
              reply.getMessageID()));
      awaitIncoming(request.getId(), 2);
      List<RequestMessage> thread = asStaff.call(() -> conversations.thread(request.getId()));
      RequestMessage in = thread.get(thread.size() - 1);
      assertEquals(RequestMessage.Direction.IN, in.getDirection());
      assertEquals(MARIA, in.getSender());
      assertTrue(in.getBody().contains(answer), in.getBody());
      RequestMessage out =
          thread.stream().filter(m -> question.equals(m.getBody())).findFirst().orElseThrow();
      assertEquals("staff", out.getAuthor(), "the reply keeps who wrote it");
      assertEquals(reply.getMessageID(), out.getMessageId());
      ClientWait.Interval ended = conversations.waitingIntervals(request.getId()).get(0);
      assertNotNull(ended.to(), "the client's answer ends the wait");
      assertTrue(ended.from().isBefore(ended.to()) || ended.from().equals(ended.to()));

      List<RequestMessage> seen = asClientAdmin.call(() -> conversations.clientThread(number));
      assertTrue(seen.stream().anyMatch(m -> question.equals(m.getBody())));
      assertTrue(seen.stream().noneMatch(m -> secret.equals(m.getBody())), "notes stay inside");
      assertTrue(
          asStaff.call(() -> conversations.thread(request.getId())).stream()
              .anyMatch(m -> m.isNote() && secret.equals(m.getBody())),
          "staff see the note");
    }
  }

  @Test
  void theClientAnswersInThePortal() {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    String text = "Отговор от портала " + UUID.randomUUID();
    asClientAdmin.call(() -> conversations.answer(request.getNumber(), text));
    RequestMessage answer =
        asStaff.call(() -> conversations.thread(request.getId())).stream()
            .filter(m -> text.equals(m.getBody()))
            .findFirst()
            .orElseThrow();
    assertEquals(RequestMessage.Direction.IN, answer.getDirection());
    assertEquals(RequestMessage.Kind.PORTAL, answer.getKind());
    assertEquals("clientadmin", answer.getAuthor());
    assertEquals("Мария Георгиева", answer.getSender(), "the author's name");
    assertTrue(
        asClientAdmin.call(() -> conversations.clientThread(request.getNumber())).stream()
            .anyMatch(m -> text.equals(m.getBody())));
  }

  @Test
  void aClosedRequestRefusesThePortalAndAnswersAMailAutomaticallyKeepingIt() throws Exception {
    ServiceRequest triaged = fixtures.triagedRequest(RequestType.SUPPORT);
    ServiceRequest request =
        asStaff.call(
            () -> requests.cancel(triaged.getId(), triaged.getVersion(), "Дублира друга заявка"));
    String number = request.getNumber();
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () -> asClientAdmin.call(() -> conversations.answer(number, "Още един въпрос")));
    assertEquals("sd.conversation.closed", refused.getMessage());

    try (MailServer mail = MailServer.withMailbox()) {
      String late = "<" + UUID.randomUUID() + "@demetra-agro.bg>";
      String text = "А можем ли още нещо? " + UUID.randomUUID();
      mail.deliver(mail(MARIA, "Re: [" + number + "] Отменена", text, late, null));
      awaitIncoming(request.getId(), 1);
      assertTrue(
          asStaff.call(() -> conversations.thread(request.getId())).stream()
              .anyMatch(m -> m.getBody() != null && m.getBody().contains(text)),
          "nothing is lost");
      MimeMessage closed =
          Eventually.until(
              WAIT,
              () ->
                  mail.receivedBy(MARIA).stream()
                      .filter(m -> late.equals(header(m, "In-Reply-To")))
                      .findFirst()
                      .orElse(null),
              m -> m != null);
      assertTrue(closed.getSubject().contains(number + " е приключена"), closed.getSubject());
      assertTrue(MailIntakeIT.bodyOf(closed).contains("нова заявка"), "how to file a new one");

      asStaff.call(() -> conversations.reply(request.getId(), "Последна дума.", false));
      assertEquals(
          RequestStatus.CANCELLED,
          asStaff.call(() -> requests.find(request.getId())).getStatus(),
          "a staff reply does not reopen");
      assertTrue(conversations.waitingIntervals(request.getId()).isEmpty());
    }
  }

  @Test
  void aTemplateFillsItsPlaceholdersFromTheRequest() {
    ServiceRequest request = fixtures.triagedRequest(RequestType.PASSWORD_RECOVERY);
    ReplyTemplate moreInfo =
        asStaff.call(() -> templates.of(RequestType.PASSWORD_RECOVERY)).stream()
            .filter(t -> t.getCode().equals("MORE_INFO") && t.getLanguage().equals("bg"))
            .findFirst()
            .orElseThrow();
    String text = asStaff.call(() -> templates.fill(moreInfo.getId(), request.getId()));
    assertTrue(text.contains(request.getNumber()), text);
    assertTrue(text.contains("Деметра Агро ЕООД"), text);
    assertTrue(text.contains("Мария Георгиева"), text);
    assertTrue(text.contains("Стефан Димитров"), "the staff member who replies: " + text);
    assertFalse(text.contains("{"), text);
    assertEquals(
        8,
        asStaff.call(() -> templates.of(RequestType.SUPPORT)).size(),
        "four kinds of reply in two languages");
  }

  @Test
  void theMessagesAPersonWroteAreInTheirExportAndAnonymisedWithThem() throws Exception {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    String author = "it-author-" + UUID.randomUUID().toString().substring(0, 8);
    String text = "Лично съобщение " + UUID.randomUUID();
    try (Connection db = database.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into request_message (request_id, direction, occurred_at, sender, body,"
                    + " kind, author) values (?, 'IN', utc_timestamp(3), 'Иван Авторов', ?,"
                    + " 'PORTAL', ?)")) {
      insert.setLong(1, request.getId());
      insert.setString(2, text);
      insert.setString(3, author);
      insert.executeUpdate();
    }
    PersonalDataHolder.DataSubject subject = new PersonalDataHolder.DataSubject(0, author, null);
    JsonObject export = personalData.export(subject).asJsonObject();
    assertTrue(
        export.getJsonArray("messages").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                m ->
                    m.getString("text").equals(text)
                        && m.getString("request").equals(request.getNumber())
                        && m.getString("kind").equals("PORTAL")),
        export.toString());

    tx.begin();
    personalData.anonymise(subject, "anonymised-" + author);
    tx.commit();
    RequestMessage kept =
        asStaff.call(() -> conversations.thread(request.getId())).stream()
            .filter(m -> text.equals(m.getBody()))
            .findFirst()
            .orElseThrow();
    assertEquals("anonymised-" + author, kept.getAuthor());
    assertEquals("anonymised-" + author, kept.getSender(), "the name goes, the text stays");
  }

  private void awaitIncoming(long requestId, int count) throws Exception {
    Eventually.until(
        WAIT,
        () ->
            asStaff.call(() -> conversations.thread(requestId)).stream()
                .filter(m -> m.getDirection() == RequestMessage.Direction.IN)
                .count(),
        n -> n >= count);
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (MessagingException e) {
      return null;
    }
  }

  private static MimeMessage mail(
      String from, String subject, String body, String messageId, String inReplyTo)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(SESSION) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, MailServer.DESK);
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    if (inReplyTo != null) {
      message.setHeader("In-Reply-To", inReplyTo);
      message.setHeader("References", inReplyTo);
    }
    message.saveChanges();
    return message;
  }
}

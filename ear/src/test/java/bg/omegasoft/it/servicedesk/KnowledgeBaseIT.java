package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.knowledge.boundary.Articles;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.knowledge.entity.ArticleRuleException;
import bg.omegasoft.knowledge.entity.ArticleText;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.servicedesk.boundary.CallArticles;
import bg.omegasoft.servicedesk.boundary.PhoneConsultations;
import bg.omegasoft.servicedesk.entity.CallArticle;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.shared.boundary.NotFoundException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base (issue 14, item 5): staff write and publish articles per product and topic;
 * clients read only what is published; during a phone call the consultant mails articles with their
 * links to the product's documentation, help and forum to the caller, through the outbox to a real
 * mail server, and the call keeps what it sent.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(KnowledgeBaseIT.class, GreenMail.class);
  }

  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB Articles articles;
  @EJB CallArticles callArticles;
  @EJB PhoneConsultations phone;

  private Product payroll() {
    return asStaff.call(() -> articles.products()).stream()
        .filter(p -> p.getCode().equals("PAYROLL"))
        .findFirst()
        .orElseThrow();
  }

  private Article written(String title, String doc, String forum) {
    long product = payroll().getId();
    return asStaff.call(
        () ->
            articles.write(
                product,
                null,
                new ArticleText(
                    "bg",
                    title,
                    "Кратък отговор за " + title,
                    "Меню Заплати → Настройки.\nВтори ред.",
                    doc,
                    null,
                    forum)));
  }

  @Test
  void staffWriteAndPublishWhileClientsReadOnlyWhatIsPublished() {
    String word = "kb" + UUID.randomUUID().toString().substring(0, 8);
    Article draft =
        written("Статия " + word, "https://www.omegasoft.bg/help/omex-trz/" + word, null);

    assertTrue(asClientAdmin.call(() -> articles.find(null, null, word)).isEmpty());
    assertThrows(
        NotFoundException.class, () -> asClientAdmin.call(() -> articles.article(draft.getId())));
    assertEquals(1, asStaff.call(() -> articles.find(null, null, word)).size(), "staff see drafts");

    Article published =
        asStaff.call(() -> articles.publish(draft.getId(), draft.getVersion(), true));
    List<Article> seen = asClientAdmin.call(() -> articles.find(payroll().getId(), null, word));
    assertEquals(1, seen.size());
    assertEquals(
        "Статия " + word, asClientAdmin.call(() -> articles.article(draft.getId())).getTitle());

    ArticleRuleException stale =
        assertThrows(
            ArticleRuleException.class,
            () -> asStaff.call(() -> articles.publish(draft.getId(), draft.getVersion(), false)));
    assertEquals("kb.rule.changed", stale.messageKey());
    assertEquals(409, stale.httpStatus());

    ArticleRuleException badLink =
        assertThrows(
            ArticleRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        articles.rewrite(
                            draft.getId(),
                            published.getVersion(),
                            payroll().getId(),
                            null,
                            new ArticleText(
                                "bg",
                                "Друго",
                                "Друго",
                                "Друго",
                                "javascript:alert(1)",
                                null,
                                null))));
    assertEquals("kb.rule.link", badLink.messageKey());
    Article unchanged = asStaff.call(() -> articles.article(draft.getId()));
    assertEquals("Статия " + word, unchanged.getTitle());
    assertTrue(unchanged.isPublished());
  }

  @Test
  void articlesSentFromACallReachTheCallerWithTheirLinksAndStayOnTheCall() throws Exception {
    PhoneCall call =
        asStaff.call(() -> phone.start(null, "Иван Петров", "+359 888 123 456", "0700 45654"));
    try (MailServer mail = MailServer.smtp()) {
      String word = UUID.randomUUID().toString().substring(0, 8);
      Article article =
          written(
              "Изравняване " + word,
              "https://www.omegasoft.bg/help/omex-trz/izravnyavane-" + word,
              "https://forum.omegasoft.bg/t/" + word);
      Article shown =
          asStaff.call(() -> articles.publish(article.getId(), article.getVersion(), true));
      Article draft = written("Чернова " + word, null, null);
      String caller = "ivan." + word + "@example.bg";

      List<CallArticle> sent =
          asStaff.call(() -> callArticles.send(call.getId(), List.of(shown.getId()), caller));
      assertEquals(1, sent.size());
      assertEquals(caller, sent.get(0).getSentTo());
      assertEquals("staff", sent.get(0).getSentBy());

      MimeMessage received =
          Eventually.until(
              Duration.ofSeconds(60),
              () -> mail.receivedBy(caller).stream().findFirst().orElse(null),
              m -> m != null);
      String text = MailIntakeIT.bodyOf(received);
      assertTrue(text.contains("Изравняване " + word), text);
      assertTrue(text.contains("Кратък отговор за Изравняване " + word), text);
      assertTrue(
          text.contains(
              "Документация: https://www.omegasoft.bg/help/omex-trz/izravnyavane-" + word),
          text);
      assertTrue(text.contains("Форум: https://forum.omegasoft.bg/t/" + word), text);
      assertFalse(text.contains("Помощ:"), "no help link, no line for it: " + text);

      assertEquals(
          "kb.rule.notPublished",
          assertThrows(
                  ArticleRuleException.class,
                  () ->
                      asStaff.call(
                          () -> callArticles.send(call.getId(), List.of(draft.getId()), caller)))
              .messageKey());
      assertEquals(
          "kb.rule.noneChosen",
          assertThrows(
                  ArticleRuleException.class,
                  () -> asStaff.call(() -> callArticles.send(call.getId(), List.of(), caller)))
              .messageKey());
      // the test's caller bean lives outside the platform's module, so the container wraps the
      // platform's answer (a ConstraintViolationException, a 400 on pages and in the API)
      EJBException wrapped =
          assertThrows(
              EJBException.class,
              () ->
                  asStaff.call(
                      () ->
                          callArticles.send(
                              call.getId(), List.of(shown.getId()), "not an address")));
      assertInstanceOf(ConstraintViolationException.class, wrapped.getCause());
      assertEquals(1, asStaff.call(() -> callArticles.sentFrom(call.getId())).size());
    } finally {
      PhoneCall open = asStaff.call(() -> phone.find(call.getId()));
      asStaff.call(
          () ->
              phone.note(
                  open.getId(),
                  open.getVersion(),
                  new PhoneConsultations.CallNotes("Изравняване", null, true, false, false),
                  true));
    }
  }
}

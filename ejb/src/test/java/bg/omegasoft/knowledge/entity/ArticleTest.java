package bg.omegasoft.knowledge.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Topic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2027-05-21T14:30:00Z");

  private final Product payroll = new Product("PAYROLL", "Омекс ТРЗ", 1);
  private final Product hr = new Product("HR", "Омекс Персонал", 2);

  private static ArticleText text(String title, String doc, String help, String forum) {
    return new ArticleText(
        "bg",
        title,
        "Изравняването се прави в декемврийската заплата.",
        "Меню Заплати → Годишно изравняване.\nПроверете облекченията.",
        doc,
        help,
        forum);
  }

  @Test
  void anArticleKeepsItsLinksInReadingOrderAndTrimsWhatWasTyped() {
    Article article =
        new Article(
            payroll,
            null,
            text(
                "  Годишно изравняване  ",
                " https://www.omegasoft.bg/help/omex-trz/izravnyavane ",
                null,
                "https://forum.omegasoft.bg/t/123"),
            "staff",
            NOW);
    assertEquals("Годишно изравняване", article.getTitle());
    assertEquals(
        List.of(
            "https://www.omegasoft.bg/help/omex-trz/izravnyavane",
            "https://forum.omegasoft.bg/t/123"),
        article.links());
    assertNull(article.getHelpLink());
    assertFalse(article.isPublished(), "a new article is a draft");
    assertEquals("bg", article.getLanguage());
  }

  @Test
  void aLinkMustBeAFullWebAddress() {
    for (String wrong :
        new String[] {
          "javascript:alert(1)", "www.omegasoft.bg", "ftp://omegasoft.bg/x", "http://"
        }) {
      ArticleRuleException refused =
          assertThrows(
              ArticleRuleException.class,
              () -> new Article(payroll, null, text("Заглавие", wrong, null, null), "staff", NOW),
              wrong);
      assertEquals("kb.rule.link", refused.messageKey());
    }
  }

  @Test
  void aTopicOfAnotherProductIsRefused() {
    Topic leave = hr.addTopic("Отпуски");
    ArticleRuleException refused =
        assertThrows(
            ArticleRuleException.class,
            () -> new Article(payroll, leave, text("Заглавие", null, null, null), "staff", NOW));
    assertEquals("kb.rule.topicOfOtherProduct", refused.messageKey());
    Topic payrollTopic = payroll.addTopic("Годишно изравняване на данъка");
    assertEquals(
        payrollTopic,
        new Article(payroll, payrollTopic, text("Заглавие", null, null, null), "staff", NOW)
            .getTopic());
  }

  @Test
  void emptyOrOverlongFieldsAreRefusedAndChangeNothing() {
    Article article = new Article(payroll, null, text("Първо", null, null, null), "staff", NOW);
    assertEquals(
        "kb.rule.titleRequired",
        assertThrows(
                ArticleRuleException.class,
                () -> article.write(text(" ", null, null, null), "other", NOW))
            .messageKey());
    assertEquals(
        "kb.rule.tooLong",
        assertThrows(
                ArticleRuleException.class,
                () -> article.write(text("x".repeat(201), null, null, null), "other", NOW))
            .messageKey());
    assertEquals(
        "kb.rule.language",
        assertThrows(
                ArticleRuleException.class,
                () ->
                    article.write(
                        new ArticleText("de", "Titel", "Kurz", "Text", null, null, null),
                        "other",
                        NOW))
            .messageKey());
    assertEquals("Първо", article.getTitle());
    assertEquals("staff", article.getUpdatedBy());
  }

  @Test
  void aSearchFindsWordsOfTitleSummaryTextAndTopicInAnyCase() {
    Topic topic = payroll.addTopic("Годишно изравняване на данъка");
    Article article = new Article(payroll, topic, text("Облекчения", null, null, null), "s", NOW);
    assertTrue(article.matches("ОБЛЕКЧЕНИЯ"));
    assertTrue(article.matches("декемврийската"));
    assertTrue(article.matches("меню заплати"));
    assertTrue(article.matches("изравняване на данъка"));
    assertTrue(article.matches(null));
    assertFalse(article.matches("болничен"));
  }
}

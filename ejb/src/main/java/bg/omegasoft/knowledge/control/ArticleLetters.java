package bg.omegasoft.knowledge.control;

import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.messaging.boundary.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;

/**
 * The mail with articles of the knowledge base (template {@code kb.articles} of the mail bundle):
 * for each article its title, summary and the links to the product's documentation, help and forum,
 * so the person finds the answer there next time. Written in English only when every article is
 * English.
 */
@Stateless
@PermitAll
public class ArticleLetters {

  @EJB private Outbox outbox;

  public void queue(List<Article> articles, String to) {
    Locale language =
        articles.stream().allMatch(a -> "en".equals(a.getLanguage()))
            ? Locale.ENGLISH
            : MailTexts.BULGARIAN;
    outbox.queue(
        Letter.to(to)
            .in(language)
            .template(
                "kb.articles", locale -> new Object[] {articles.size(), list(articles, locale)})
            .signedWith("servicedesk.signature")
            .about("kb-articles"));
  }

  static String list(List<Article> articles, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (Article article : articles) {
      text.append("\n\n").append(article.getTitle()).append('\n').append(article.getSummary());
      link(text, locale, "kb.articles.doc", article.getDocLink());
      link(text, locale, "kb.articles.help", article.getHelpLink());
      link(text, locale, "kb.articles.forum", article.getForumLink());
    }
    return text.toString();
  }

  private static void link(StringBuilder text, Locale locale, String key, String link) {
    if (link != null) {
      text.append('\n').append(MailTexts.text(locale, key, link));
    }
  }
}

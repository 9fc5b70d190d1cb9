package bg.omegasoft.knowledge.entity;

/**
 * What an author writes in an article: its language, title, summary, text and the three links into
 * the product's own material (documentation, help, forum), each optional.
 */
public record ArticleText(
    String language,
    String title,
    String summary,
    String body,
    String docLink,
    String helpLink,
    String forumLink) {}

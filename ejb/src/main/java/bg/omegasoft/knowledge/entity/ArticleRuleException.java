package bg.omegasoft.knowledge.entity;

import bg.omegasoft.shared.boundary.BusinessException;

/** A rule of the knowledge base refused the change; the key names the rule's message. */
public class ArticleRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ArticleRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  @Override
  public int httpStatus() {
    return "kb.rule.changed".equals(messageKey()) ? 409 : 400;
  }
}

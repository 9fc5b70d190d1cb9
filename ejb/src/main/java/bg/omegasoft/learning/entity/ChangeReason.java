package bg.omegasoft.learning.entity;

/** Why a version was published: the first edition, a change of regulations or of the product. */
public enum ChangeReason {
  FIRST_EDITION,
  REGULATION_CHANGE,
  PRODUCT_CHANGE;

  public String messageKey() {
    return "changeReason." + name();
  }
}

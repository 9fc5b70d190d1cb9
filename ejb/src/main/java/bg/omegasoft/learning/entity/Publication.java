package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.time.LocalDate;

/**
 * Why a version is published and from when it applies. The first version is the first edition; a
 * later one needs a reason: a regulation change (its reference and effective date) or a product
 * change (the product version). The applies-from date never goes back before the previous one.
 */
public record Publication(
    ChangeReason reason,
    String reference,
    LocalDate effectiveOn,
    String productVersion,
    String note,
    LocalDate appliesFrom) {

  static final int MAX_REFERENCE = 300;
  static final int MAX_NOTE = 1000;

  /** The first edition, applying from the given day. */
  public static Publication firstEdition(LocalDate appliesFrom) {
    return new Publication(ChangeReason.FIRST_EDITION, null, null, null, null, appliesFrom);
  }

  /** Checks the publication of version {@code number}; the previous one applied from the date. */
  public void check(int number, LocalDate previousAppliesFrom) {
    if (appliesFrom == null) {
      throw new InvalidInputException("appliesFrom", "publication.appliesFromRequired");
    }
    if (previousAppliesFrom != null && appliesFrom.isBefore(previousAppliesFrom)) {
      throw new InvalidInputException("appliesFrom", "publication.appliesFromBeforePrevious");
    }
    if (note != null && note.length() > MAX_NOTE) {
      throw new InvalidInputException("note", "publication.noteTooLong");
    }
    if (number == 1) {
      return;
    }
    if (reason == null || reason == ChangeReason.FIRST_EDITION) {
      throw new InvalidInputException("reason", "publication.reasonRequired");
    }
    if (reason == ChangeReason.REGULATION_CHANGE) {
      if (blank(reference) || reference.strip().length() > MAX_REFERENCE) {
        throw new InvalidInputException("reference", "publication.referenceRequired");
      }
      if (effectiveOn == null) {
        throw new InvalidInputException("effectiveOn", "publication.effectiveOnRequired");
      }
    }
    if (reason == ChangeReason.PRODUCT_CHANGE
        && (blank(productVersion) || productVersion.strip().length() > 40)) {
      throw new InvalidInputException("productVersion", "publication.productVersionRequired");
    }
  }

  /** The reason as it is stored for version {@code number}: the first is the first edition. */
  public ChangeReason reasonFor(int number) {
    return number == 1 ? ChangeReason.FIRST_EDITION : reason;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

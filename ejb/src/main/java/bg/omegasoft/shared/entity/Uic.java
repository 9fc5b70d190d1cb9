package bg.omegasoft.shared.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Bulgarian unified identification code (UIC / ЕИК, BULSTAT): 9 digits for a legal entity, 13 for
 * a branch, each with its check digit. Null is valid (use {@code @NotNull} where it is required).
 */
@Documented
@Constraint(validatedBy = Uic.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Uic {

  String message() default "{uic.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the form and the check digits of a UIC. */
  class Validator implements ConstraintValidator<Uic, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValidUic(value);
    }

    /** The BULSTAT check-digit rules for 9- and 13-digit codes. */
    public static boolean isValidUic(String value) {
      if (!value.matches("\\d{9}|\\d{13}")) {
        return false;
      }
      int[] d = value.chars().map(c -> c - '0').toArray();
      if (checkDigit(d, 0, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[] {3, 4, 5, 6, 7, 8, 9, 10})
          != d[8]) {
        return false;
      }
      return d.length == 9
          || checkDigit(d, 8, new int[] {2, 7, 3, 5}, new int[] {4, 9, 5, 7}) == d[12];
    }

    private static int checkDigit(int[] digits, int from, int[] weights, int[] fallbackWeights) {
      int remainder = weighted(digits, from, weights) % 11;
      if (remainder == 10) {
        remainder = weighted(digits, from, fallbackWeights) % 11;
      }
      return remainder == 10 ? 0 : remainder;
    }

    private static int weighted(int[] digits, int from, int[] weights) {
      int sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += digits[from + i] * weights[i];
      }
      return sum;
    }
  }
}

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
import java.math.BigInteger;

/** An IBAN (ISO 13616) with a correct mod-97 check; spaces are not allowed. Null is valid. */
@Documented
@Constraint(validatedBy = Iban.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Iban {

  String message() default "{iban.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the country and length form and the ISO 7064 mod-97-10 check digits. */
  class Validator implements ConstraintValidator<Iban, String> {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValidIban(value);
    }

    public static boolean isValidIban(String value) {
      if (!value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
        return false;
      }
      String rearranged = value.substring(4) + value.substring(0, 4);
      StringBuilder digits = new StringBuilder();
      for (char c : rearranged.toCharArray()) {
        digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
      }
      return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
  }
}

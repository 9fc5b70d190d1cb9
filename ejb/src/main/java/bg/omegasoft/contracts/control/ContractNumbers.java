package bg.omegasoft.contracts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives contract numbers of the form {@code 2026-0001}: the signing year and the next number of
 * that year. The year's counter row stays locked until the caller's transaction ends, so two
 * conclusions never get the same number and a rolled-back one gives its number back.
 */
@Dependent
public class ContractNumbers {

  @PersistenceContext private EntityManager em;

  public String next(int year) {
    em.createNativeQuery(
            "INSERT INTO contract_number_sequence (year, last_value) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
        .setParameter(1, year)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery("SELECT last_value FROM contract_number_sequence WHERE year = ?")
                .setParameter(1, year)
                .getSingleResult();
    return format(year, last.intValue());
  }

  public static String format(int year, int sequence) {
    return String.format("%d-%04d", year, sequence);
  }
}

package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhoneNormTest {

  @AfterEach
  void clear() {
    System.clearProperty("omex.phone.normMinutes");
  }

  @Test
  void withoutASettingTheNormIsTenMinutes() {
    assertEquals(Duration.ofMinutes(10), PhoneNorm.current());
    assertEquals(10, PhoneNorm.minutesOf(null));
    assertEquals(10, PhoneNorm.minutesOf(" "));
  }

  @Test
  void aSettingFromFiveToTenIsTaken() {
    System.setProperty("omex.phone.normMinutes", "5");
    assertEquals(Duration.ofMinutes(5), PhoneNorm.current());
    System.setProperty("omex.phone.normMinutes", " 7 ");
    assertEquals(Duration.ofMinutes(7), PhoneNorm.current());
    assertEquals(10, PhoneNorm.minutesOf("10"));
  }

  @Test
  void aSettingOutsideTheCharterOrNotANumberIsRefusedAndTheNormStaysTen() {
    assertEquals(10, PhoneNorm.minutesOf("4"));
    assertEquals(10, PhoneNorm.minutesOf("11"));
    assertEquals(10, PhoneNorm.minutesOf("0"));
    assertEquals(10, PhoneNorm.minutesOf("-5"));
    assertEquals(10, PhoneNorm.minutesOf("7.5"));
    assertEquals(10, PhoneNorm.minutesOf("ten"));
    System.setProperty("omex.phone.normMinutes", "15");
    assertEquals(Duration.ofMinutes(10), PhoneNorm.current());
  }
}

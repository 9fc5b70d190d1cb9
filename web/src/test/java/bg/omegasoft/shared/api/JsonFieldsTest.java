package bg.omegasoft.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Fields and parameters of the wrong type or range are refused, never cast or wrapped around. */
class JsonFieldsTest {

  @Test
  void wholeNumbersOnlyWithinTheirRange() {
    assertEquals(100, JsonFields.integer(json("{\"n\":100}"), "n", 1, 10_000));
    assertEquals(100, JsonFields.integer(json("{\"n\":1e2}"), "n", 1, 10_000));
    assertNull(JsonFields.integer(json("{\"n\":null}"), "n", 1, 10_000));
    for (String value :
        new String[] {
          "4294967396", "2.9", "0", "-1", "10001", "1e999999999", "\"5\"", "true", "[1]"
        }) {
      RequestProblem refused =
          assertThrows(
              RequestProblem.class,
              () -> JsonFields.integer(json("{\"n\":" + value + "}"), "n", 1, 10_000),
              value);
      assertEquals("n", refused.field());
      assertEquals("input.integer.range", refused.key());
    }
  }

  @Test
  void textFlagsAndDatesHaveTheirTypes() {
    assertEquals("x", JsonFields.text(json("{\"t\":\"x\"}"), "t"));
    assertEquals(
        "t",
        assertThrows(RequestProblem.class, () -> JsonFields.text(json("{\"t\":1}"), "t")).field());
    assertEquals(Boolean.TRUE, JsonFields.flag(json("{\"f\":true}"), "f"));
    assertNull(JsonFields.flag(json("{}"), "f"));
    assertThrows(RequestProblem.class, () -> JsonFields.flag(json("{\"f\":\"true\"}"), "f"));
    assertEquals(
        LocalDate.of(2026, 11, 30), JsonFields.date(json("{\"d\":\"2026-11-30\"}"), "d", "k"));
    for (String date :
        new String[] {
          "\"-999999999-01-01\"", "\"+10000-01-01\"", "\"2026-02-30\"", "\"30.11.2026\"", "20261130"
        }) {
      assertEquals(
          "k",
          assertThrows(
                  RequestProblem.class,
                  () -> JsonFields.date(json("{\"d\":" + date + "}"), "d", "k"),
                  date)
              .key());
    }
  }

  @Test
  void parametersAreAsciiDigitsAndRealDates() {
    assertEquals(42L, Params.id("client", "42"));
    assertNull(Params.id("client", ""));
    for (String id : new String[] {"\u0661", "-1", "1.5", "abc", "9999999999999999999", "1 "}) {
      assertEquals(
          "client", assertThrows(RequestProblem.class, () -> Params.id("client", id), id).field());
    }
    assertEquals(30, Params.integer("retentionDays", "30"));
    for (String number : new String[] {"abc", "4294967396", "2.9", "\u0663"}) {
      assertEquals(
          "retentionDays",
          assertThrows(RequestProblem.class, () -> Params.integer("retentionDays", number), number)
              .field());
    }
    assertEquals(LocalDate.of(2000, 1, 1), Params.date("from", "2000-01-01"));
    assertThrows(RequestProblem.class, () -> Params.date("from", "-999999999-01-01"));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}

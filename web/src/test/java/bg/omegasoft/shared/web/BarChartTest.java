package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.shared.control.Formatter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void everyValueIsAlsoWrittenInTheHouseFormat() {
    JsonObject chart =
        read(
            BarChart.of(List.of("01.11", "02.11"), Formatter.BULGARIAN)
                .counts("Calls", List.of(1234L, 3L))
                .amounts("Total", List.of(new BigDecimal("1234.5"), BigDecimal.ZERO))
                .onRightAxis()
                .json());
    JsonObject calls = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    JsonObject total = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
    assertEquals(1234, calls.getJsonArray("data").getInt(0));
    assertEquals(
        Formatter.number(1234L, Formatter.BULGARIAN), calls.getJsonArray("formatted").getString(0));
    assertEquals(
        Formatter.money(new BigDecimal("1234.5"), Formatter.BULGARIAN),
        total.getJsonArray("formatted").getString(0));
    assertEquals("y1", total.getString("yAxisID"));
    assertEquals(
        "right",
        chart
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("y1")
            .getString("position"));
  }

  @Test
  void missingValuesStayEmptyAndARangeReplacesTheZeroBase() {
    JsonObject chart =
        read(
            BarChart.of(List.of("В1"), Formatter.ENGLISH)
                .indices("Discrimination", java.util.Arrays.asList((BigDecimal) null))
                .range(BigDecimal.ONE.negate(), BigDecimal.ONE)
                .json());
    JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals(-1, y.getInt("min"));
    assertEquals(1, y.getInt("max"));
    JsonObject series = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals(jakarta.json.JsonValue.NULL, series.getJsonArray("data").get(0));
    assertEquals("—", series.getJsonArray("formatted").getString(0));
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}

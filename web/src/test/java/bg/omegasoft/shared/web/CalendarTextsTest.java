package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.shared.boundary.TextKey;
import org.junit.jupiter.api.Test;

/** A refusal names the holiday in the reader's language: a text key as argument is looked up. */
class CalendarTextsTest {

  @Test
  void aHolidayRefusalNamesTheHolidayInEachLanguage() {
    TextKey holiday = new TextKey("cal.holiday.CYRIL_AND_METHODIUS");
    assertEquals(
        "24.05.2027 е официален празник (Ден на светите братя Кирил и Методий, на българската"
            + " азбука, просвета и култура и на славянската книжовност).",
        Texts.text(Texts.BULGARIAN, "cal.refused.HOLIDAY", "24.05.2027", holiday, "24.05.2027"));
    assertEquals(
        "24.05.2027 is an official holiday (Day of Saints Cyril and Methodius, of the Bulgarian"
            + " Alphabet, Education and Culture and of Slavonic Literature).",
        Texts.text(Texts.ENGLISH, "cal.refused.HOLIDAY", "24.05.2027", holiday, "24.05.2027"));
  }

  @Test
  void aDeclaredDayOffGivesTheReasonOfTheReadersLanguage() {
    assertEquals(
        "21.09.2027 is a declared day off (Bridge day).",
        Texts.text(Texts.ENGLISH, "cal.refused.DECLARED", "21.09.2027", "Мост", "Bridge day"));
    assertEquals(
        "21.09.2027 е обявен за почивен ден (Мост).",
        Texts.text(Texts.BULGARIAN, "cal.refused.DECLARED", "21.09.2027", "Мост", "Bridge day"));
  }
}

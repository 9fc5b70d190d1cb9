package bg.omegasoft.assessment.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bank written as Moodle XML and read back is the same bank; hostile files are refused. */
class MoodleXmlTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @Test
  void everyTypeSurvivesARoundTrip() {
    Question single = Questions.choice(QuestionType.SINGLE_CHOICE, false, true, false);
    Question multiple = Questions.choice(QuestionType.MULTIPLE_CHOICE, true, true, false);
    Question truth = Questions.trueFalse(true);
    Question number = Questions.numeric("620.20", "0.01");
    Question words = Questions.shortAnswer("Образец 1", "обр. 1");
    Questions.set(single, "imageId", 7L);
    List<Question> bank = List.of(single, multiple, truth, number, words);

    String xml =
        MoodleXml.write(
            "Заплати", bank, id -> id == null ? null : new MoodleXml.Image("image/png", PNG));
    List<MoodleXml.Imported> back = MoodleXml.read(xml.getBytes(StandardCharsets.UTF_8));

    assertEquals(bank.size(), back.size());
    for (int i = 0; i < bank.size(); i++) {
      QuestionContent original = bank.get(i).content();
      QuestionContent read = back.get(i).content();
      assertEquals(original.type(), read.type());
      assertEquals(original.difficulty(), read.difficulty());
      assertEquals(original.trueAnswer(), read.trueAnswer());
      assertEquals(original.options(), read.options(), original.type().name());
      assertEquals(QuestionHtml.plain(original.text()), QuestionHtml.plain(read.text()));
      read.check();
    }
    assertEquals(
        0, new java.math.BigDecimal("620.20").compareTo(back.get(3).content().numericAnswer()));
    assertEquals(
        0, new java.math.BigDecimal("0.01").compareTo(back.get(3).content().numericTolerance()));
    assertEquals("image/png", back.get(0).imageType());
    assertArrayEquals(PNG, back.get(0).image());
  }

  @Test
  void aQuestionStoredWithControlCharactersIsStillExportedAsWellFormedXml() {
    Question dirty = Questions.shortAnswer("Образец\u0000 1\u202e", "обр.\u0007 1");
    String xml = MoodleXml.write("Заплати\u0001", List.of(dirty), id -> null);
    List<MoodleXml.Imported> back = MoodleXml.read(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, back.size());
    assertEquals("Образец 1", back.get(0).content().options().get(0).text());
    assertEquals("обр. 1", back.get(0).content().options().get(1).text());
  }

  @Test
  void aMoodleFileFromElsewhereIsRead() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="category"><category><text>$course$/ТРЗ</text></category></question>
          <question type="multichoice">
            <name><text>МРЗ</text></name>
            <questiontext format="html"><text><![CDATA[<p>Минималната работна заплата от 01.01.2026 г. е:</p>]]></text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>620,20 €</text></answer>
            <answer fraction="0"><text>550,66 €</text></answer>
          </question>
          <question type="essay"><questiontext><text>Опишете</text></questiontext></question>
        </quiz>
        """;
    List<MoodleXml.Imported> read = MoodleXml.read(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, read.size(), "categories and essays are skipped");
    QuestionContent content = read.get(0).content();
    assertEquals(QuestionType.SINGLE_CHOICE, content.type());
    assertEquals(Difficulty.MEDIUM, content.difficulty());
    assertTrue(content.options().get(0).correct());
    content.check();
  }

  @Test
  void aFileWithADoctypeOrNotMoodleIsRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<quiz><question type=\"shortanswer\"><questiontext><text>&x;</text></questiontext>"
            + "</question></quiz>";
    assertThrows(
        InvalidInputException.class, () -> MoodleXml.read(xxe.getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        InvalidInputException.class,
        () -> MoodleXml.read("<html/>".getBytes(StandardCharsets.UTF_8)));
  }
}

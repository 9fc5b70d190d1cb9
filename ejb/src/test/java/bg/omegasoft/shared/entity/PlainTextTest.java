package bg.omegasoft.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void controlCharactersAndReorderingCharactersAreRemovedFromFreeText() {
    assertEquals(
        "Фактура cod.exe\nвтори ред\tс табулация\r\n",
        PlainText.text("Фактура\u0000 \u202Ecod.exe\u202C\nвтори\u0007 ред\tс табулация\r\n"));
    assertEquals("a b", PlainText.text("a\u2066\u2067\u2068\u2069 \u202A\u202B\u202Db"));
    assertEquals("ab", PlainText.text("a\u200E\u200F\u061Cb"));
    assertEquals("ab", PlainText.text("a\u007F\u0085\u009Fb"));
    assertEquals("a\nb", PlainText.text("a\u2028b"));
  }

  @Test
  void brokenSurrogatesAndNoncharactersAreRemovedButRealCharactersStay() {
    assertEquals("ab", PlainText.text("a\uD800b\uDC00"));
    assertEquals("ab", PlainText.text("a\uFFFE\uFFFFb\uFDD0"));
    assertEquals("подпис ✍️ 😀", PlainText.text("подпис ✍️ 😀"));
    assertEquals("a\u200Db\u00A0c", PlainText.text("a\u200Db\u00A0c"), "joiners and spaces stay");
  }

  @Test
  void aSingleLineHasItsBreaksAndTabsAsSpaces() {
    assertEquals("Мария Георгиева", PlainText.line("Мария\u0000 Георгиева\u202E"));
    assertEquals("a b c d", PlainText.line("a\r\nb\tc\nd"));
    assertEquals("a b", PlainText.line("a\u2029b"));
  }

  @Test
  void plainTextIsReturnedAsItIsAndNullStaysNull() {
    String plain = "Ведомост за май\nс два реда\tи табулация";
    assertSame(plain, PlainText.text(plain));
    assertNull(PlainText.text(null));
    assertNull(PlainText.line(null));
  }

  @Test
  void everyCharacterThatXmlForbidsIsRemoved() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      all.append((char) c);
    }
    all.appendCodePoint(0x1F600).appendCodePoint(0x10FFFF);
    String clean = PlainText.text(all.toString());
    String xml =
        "<?xml version=\"1.0\"?><t>" + clean.replace("&", "&amp;").replace("<", "&lt;") + "</t>";
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(clean.indexOf('\u202E') < 0);
  }

  @Test
  void pathPartsAreDroppedFromFileNames() {
    assertEquals("passwd.txt", PlainText.fileName("../../etc/passwd.txt"));
    assertEquals("заплати.xlsx", PlainText.fileName("C:\\Users\\Мария\\Desktop\\заплати.xlsx"));
    assertEquals("file", PlainText.fileName("../.."));
    assertEquals("file", PlainText.fileName("/"));
    assertEquals("file", PlainText.fileName(null));
    assertEquals("file", PlainText.fileName("\u202E\u0000"));
  }

  @Test
  void fileNamesLoseControlReorderingAndReservedCharacters() {
    assertEquals("a_b_c.pdf", PlainText.fileName("a<b>c.pdf"));
    assertEquals("line break.pdf", PlainText.fileName("line\nbreak.pdf"));
    assertEquals("evilfdp.exe", PlainText.fileName("evil\u202Efdp.exe"));
    assertEquals("отчетtxt.pdf", PlainText.fileName("../../отчет\u0000\u202Etxt.pdf"));
    assertEquals("hidden.txt", PlainText.fileName("...hidden.txt"));
    assertEquals("_CON.txt", PlainText.fileName("CON.txt"));
    assertEquals("Ведомост май 2026.pdf", PlainText.fileName("  Ведомост   май 2026.pdf  "));
  }

  @Test
  void longFileNamesKeepTheirExtension() {
    String name = PlainText.fileName("я".repeat(400) + ".pdf");
    assertTrue(name.length() <= PlainText.MAX_FILE_NAME);
    assertTrue(name.endsWith(".pdf"));
    assertEquals(200, PlainText.fileName("я".repeat(400) + ".pdf", 200).length());
  }

  @Test
  void extensionsAreLowerCase() {
    assertEquals("pdf", PlainText.extension("Договор.PDF"));
    assertEquals("", PlainText.extension("README"));
    assertEquals("", PlainText.extension("name."));
  }
}

package bg.omegasoft.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  private static final Set<String> ALLOWED =
      Set.of("pdf", "docx", "xlsx", "csv", "txt", "xml", "png", "gif", "rtf", "pptx");

  @Test
  void contentThatMatchesItsExtensionIsAllowed() {
    assertEquals("application/pdf", check("a.pdf", "%PDF-1.7\n...").contentType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ContentTypes.check("a.xlsx", new byte[] {'P', 'K', 3, 4, 0}, ALLOWED).contentType());
    assertEquals("text/csv", check("заплати.csv", "ЕГН;Име\n8001011234;Иван").contentType());
    assertEquals(
        "application/xml", check("a.xml", "\uFEFF  <?xml version=\"1.0\"?>").contentType());
    assertEquals("image/gif", check("a.gif", "GIF89a....").contentType());
    assertEquals("application/rtf", check("a.rtf", "{\\rtf1\\ansi").contentType());
  }

  @Test
  void aProgramDressedAsADocumentIsRefused() {
    ContentTypes.Verdict verdict = check("invoice.pdf", "MZ\u0090\u0000 this program");
    assertFalse(verdict.allowed());
    assertEquals(ContentTypes.Refusal.MISMATCH, verdict.refusal());
    assertFalse(check("notes.txt", "#!/bin/sh\nrm -rf /").allowed());
    assertFalse(ContentTypes.check("a.csv", new byte[] {'a', 0, 'b'}, ALLOWED).allowed());
    assertFalse(check("a.docx", "%PDF-1.4").allowed());
    assertFalse(check("a.gif", "<svg onload=alert(1)>").allowed());
    assertFalse(check("a.pptx", "").allowed());
  }

  @Test
  void extensionsOffTheListAreRefused() {
    ContentTypes.Verdict verdict = check("setup.exe", "MZ");
    assertEquals(ContentTypes.Refusal.NOT_ALLOWED, verdict.refusal());
    assertFalse(check("no-extension", "text").allowed());
    assertFalse(check("page.html", "<html>").allowed());
    assertTrue(check("a.pdf", "%PDF-1.7").allowed());
    assertTrue(ContentTypes.check("a.pdf", bytes("%PDF-1.7"), Set.of("pdf")).allowed());
    assertFalse(ContentTypes.check("a.csv", bytes("a;b"), Set.of("pdf")).allowed());
  }

  private static ContentTypes.Verdict check(String name, String content) {
    return ContentTypes.check(name, bytes(content), ALLOWED);
  }

  private static byte[] bytes(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}

package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR this build ships, read as a file (no server): no test hook and no test class is packaged
 * in it. Fault injection for the restart tests lives in the tests alone (see the operations tests'
 * RunFault); the production job XML and classes must not know about it.
 */
class ProductionArchiveIT {

  /** Words of the fault injection the invoice run once carried in production. */
  private static final List<String> TEST_HOOKS =
      List.of("failAtChunk", "failInStep", "startFailingAt", "faultAt");

  @Test
  void theShippedArchiveCarriesNoTestHook() throws IOException {
    List<String> found = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    try (InputStream ear = Files.newInputStream(ear())) {
      scan("omex.ear", ear, found, entries);
    }
    assertTrue(
        entries.stream().anyMatch(e -> e.endsWith("META-INF/batch-jobs/invoice-run.xml")),
        "the scan reached the job XML inside the batch module");
    assertTrue(
        entries.stream().anyMatch(e -> e.endsWith("operations/boundary/InvoiceRuns.class")),
        "the scan reached the classes inside the batch module");
    assertEquals(List.of(), found, "test hooks in the production archive");
    assertEquals(
        List.of(),
        entries.stream().filter(e -> e.contains("bg/omegasoft/it/")).toList(),
        "test classes in the production archive");
  }

  /** Reads every entry of the archive, descending into the archives it holds. */
  private static void scan(String path, InputStream archive, List<String> found, List<String> all)
      throws IOException {
    ZipInputStream zip = new ZipInputStream(archive);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (entry.isDirectory()) {
        continue;
      }
      String name = path + "!/" + entry.getName();
      all.add(name);
      byte[] content = zip.readAllBytes();
      if (entry.getName().matches(".*\\.(jar|war|rar)")) {
        scan(name, new ByteArrayInputStream(content), found, all);
        continue;
      }
      String text = new String(content, StandardCharsets.ISO_8859_1);
      for (String hook : TEST_HOOKS) {
        if (text.contains(hook)) {
          found.add(name + ": " + hook);
        }
      }
    }
  }

  private static Path ear() {
    Path ear = Path.of(System.getProperty("omex.ear", "target/omex.ear"));
    assertTrue(Files.isRegularFile(ear), "the EAR to check is missing: " + ear.toAbsolutePath());
    return ear;
  }
}

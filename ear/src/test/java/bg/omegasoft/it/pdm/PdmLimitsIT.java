package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.FileTooLargeException;
import bg.omegasoft.pdm.boundary.NewFile;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.StorageFullException;
import bg.omegasoft.pdm.boundary.UploadInterruptedException;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads that must not be kept: over the size limit (decided while streaming), a sender whose
 * connection breaks, a disk without room, missing legal basis or purpose. Each leaves nothing on
 * disk and no record. The limits are the server's settings, changed here for the test's duration.
 */
@ExtendWith(ArquillianExtension.class)
class PdmLimitsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmLimitsIT.class);
  }

  @EJB SpaceFiles files;
  @EJB AsClientAdmin asClientAdmin;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @AfterEach
  void defaults() {
    System.clearProperty("omex.pdm.zip.maxRatio");
    System.clearProperty("omex.pdm.zip.maxExpandedBytes");
    System.clearProperty("omex.pdm.maxBytes");
    System.clearProperty("omex.pdm.minFreeBytes");
  }

  @Test
  void anOversizeFileIsRefusedWhileStreamingAndNothingIsKept() {
    System.setProperty("omex.pdm.maxBytes", "4096");
    long before = count();
    assertEquals(4096, asClientAdmin.call(() -> files.maxBytes()));
    FileTooLargeException refused =
        assertThrows(FileTooLargeException.class, () -> upload(stream(4097, false), -1));
    assertEquals(413, refused.httpStatus());
    assertThrows(
        FileTooLargeException.class,
        () -> upload(stream(0, true), 1_000_000),
        "an announced length over the limit is refused before a byte is read");
    assertEquals(before, count());
    assertEquals(0, temporaryFiles());
    upload(stream(4096, false), -1);
    assertEquals(before + 1, count(), "exactly the limit is accepted");
  }

  @Test
  void aBrokenConnectionLeavesNothingHalfStored() {
    long before = count();
    assertThrows(UploadInterruptedException.class, () -> upload(stream(300_000, true), -1));
    assertEquals(before, count());
    assertEquals(0, temporaryFiles());
  }

  @Test
  void aFullDiskFailsCleanly() {
    System.setProperty("omex.pdm.minFreeBytes", String.valueOf(Long.MAX_VALUE / 4));
    long before = count();
    StorageFullException refused =
        assertThrows(StorageFullException.class, () -> upload(stream(1000, false), -1));
    assertEquals(507, refused.httpStatus());
    assertEquals(before, count());
    assertEquals(0, temporaryFiles());
  }

  @Test
  void anEmptyFileIsRefusedAndNothingIsKept() {
    long before = count();
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> upload(new ByteArrayInputStream(new byte[0]), -1));
    assertEquals("pdm.file.empty", refused.messageKey());
    assertEquals(400, refused.httpStatus());
    assertEquals(before, count());
    assertEquals(0, temporaryFiles());
  }

  @Test
  void aZipBombIsRefusedFromItsDirectoryAndNothingIsKept() throws IOException {
    long before = count();
    byte[] bomb = zip("payroll.csv", 64 * 1024 * 1024);
    assertTrue(bomb.length < 1024 * 1024, "small to send: " + bomb.length);
    for (String name : new String[] {"заплати.zip", "заплати.xlsx"}) {
      BusinessException refused =
          assertThrows(
              BusinessException.class,
              () -> upload(name, new ByteArrayInputStream(bomb), bomb.length));
      assertEquals("pdm.archive.expands", refused.messageKey(), name);
      assertEquals(413, refused.httpStatus());
    }
    assertEquals(before, count());
    assertEquals(0, temporaryFiles());

    System.setProperty("omex.pdm.zip.maxRatio", "100000");
    System.setProperty("omex.pdm.zip.maxExpandedBytes", String.valueOf(32L * 1024 * 1024));
    assertEquals(
        "pdm.archive.expands",
        assertThrows(
                BusinessException.class,
                () -> upload("заплати.zip", new ByteArrayInputStream(bomb), bomb.length))
            .messageKey(),
        "the total the entries declare is limited as well");

    byte[] ordinary = zip("ведомост.csv", payroll(20_000));
    System.clearProperty("omex.pdm.zip.maxRatio");
    System.clearProperty("omex.pdm.zip.maxExpandedBytes");
    upload("ведомост.zip", new ByteArrayInputStream(ordinary), ordinary.length);
    assertEquals(before + 1, count(), "an ordinary archive is kept");
  }

  @Test
  void aLegalBasisAndAPurposeAreRequired() {
    long demetra = PdmFixtures.demetra(em);
    InvalidInputException noBasis =
        assertThrows(
            InvalidInputException.class,
            () ->
                asClientAdmin.call(
                    () ->
                        files.upload(
                            new NewFile(demetra, null, "a.csv", null, "payroll", null, -1),
                            stream(10, false))));
    assertEquals("pdm.legalBasis.required", noBasis.messageKey());
    InvalidInputException noPurpose =
        assertThrows(
            InvalidInputException.class,
            () ->
                asClientAdmin.call(
                    () ->
                        files.upload(
                            new NewFile(demetra, null, "a.csv", LegalBasis.CONSENT, " ", null, -1),
                            stream(10, false))));
    assertEquals("pdm.purpose.required", noPurpose.messageKey());
  }

  private Object upload(InputStream content, long declaredLength) {
    return upload(PdmFixtures.unique("limit"), content, declaredLength);
  }

  private Object upload(String name, InputStream content, long declaredLength) {
    long demetra = PdmFixtures.demetra(em);
    return asClientAdmin.call(
        () ->
            files.upload(
                new NewFile(
                    demetra,
                    null,
                    name,
                    LegalBasis.LEGAL_OBLIGATION,
                    "limits test",
                    30,
                    declaredLength),
                content));
  }

  /** A zip archive of one entry of the given number of repeated bytes (compresses ~1000:1). */
  private static byte[] zip(String entry, int length) throws IOException {
    ByteArrayOutputStream repeated = new ByteArrayOutputStream();
    byte[] line = "0000000000;0\n".getBytes(StandardCharsets.US_ASCII);
    for (int written = 0; written < length; written += line.length) {
      repeated.write(line);
    }
    return zip(entry, repeated.toByteArray());
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content);
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  /** Payroll-like CSV rows with varied numbers: compresses as real data does (a few to one). */
  private static byte[] payroll(int rows) {
    java.util.Random random = new java.util.Random(42);
    StringBuilder csv = new StringBuilder("ЕГН;Заплата\n");
    for (int i = 0; i < rows; i++) {
      csv.append(7_000_000_000L + random.nextInt(999_999_999))
          .append(';')
          .append(900 + random.nextInt(4000))
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** CSV text of the given length; with {@code breaks}, the connection fails after it. */
  private static InputStream stream(int length, boolean breaks) {
    byte[] text = "a;b\n".repeat(length / 4 + 1).substring(0, length).getBytes();
    InputStream content = new ByteArrayInputStream(text);
    return breaks
        ? new SequenceInputStream(
            content,
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset by peer");
              }
            })
        : content;
  }

  private long count() {
    return PdmFixtures.number(em, "select count(*) from pdm_file");
  }

  private static long temporaryFiles() {
    Path tmp = Path.of(System.getProperty("omex.data.dir"), "pdm", "tmp");
    if (!Files.isDirectory(tmp)) {
      return 0;
    }
    try (Stream<Path> list = Files.list(tmp)) {
      return list.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

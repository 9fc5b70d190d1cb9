package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.ArchiveRefusedException;
import bg.omegasoft.pdm.boundary.FileTooLargeException;
import bg.omegasoft.pdm.boundary.FileTypeRefusedException;
import bg.omegasoft.pdm.boundary.StorageFullException;
import bg.omegasoft.pdm.boundary.TamperedFileException;
import bg.omegasoft.pdm.boundary.UploadInterruptedException;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.shared.boundary.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault against a real directory: what lands on disk is encrypted, a changed byte is refused,
 * and every refused or broken upload leaves nothing behind.
 */
class FileVaultTest {

  private static final byte[] CSV =
      "ЕГН;Име;Заплата\n8001011234;Иван Петров;2500\n"
          .repeat(3000)
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path data;
  private FileVault vault;

  @BeforeEach
  void vault() throws Exception {
    System.setProperty("omex.data.dir", data.toString());
    System.setProperty("omex.demo", "true");
    vault = new FileVault();
    Field key = FileVault.class.getDeclaredField("masterKey");
    key.setAccessible(true);
    key.set(vault, new MasterKey());
  }

  @AfterEach
  void settings() {
    System.clearProperty("omex.data.dir");
    System.clearProperty("omex.demo");
    System.clearProperty("omex.pdm.minFreeBytes");
  }

  @Test
  void storesEncryptedAndGivesBackThePlaintext() throws Exception {
    PdmFile.Content content =
        vault.store(new ByteArrayInputStream(CSV), "заплати.csv", 1 << 20, -1);
    byte[] stored = Files.readAllBytes(vault.pathOf(content.storageName()));
    assertFalse(new String(stored, StandardCharsets.UTF_8).contains("Иван"));
    assertEquals(CSV.length, content.sizeBytes());
    assertEquals(sha256(CSV), content.sha256());
    assertEquals("text/csv", content.contentType());
    PdmFile file = file(content);
    vault.verify(file);
    try (InputStream in = vault.open(file)) {
      assertArrayEquals(CSV, in.readAllBytes());
    }
    assertTrue(Files.exists(MasterKey.path()));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(MasterKey.path())));
    assertEquals(Set.of(), Set.of(list(vault.temporaryDirectory())));
  }

  @Test
  void aChangedOrMissingFileIsRefused() throws Exception {
    PdmFile.Content content = vault.store(new ByteArrayInputStream(CSV), "a.csv", 1 << 20, -1);
    Path stored = vault.pathOf(content.storageName());
    byte[] bytes = Files.readAllBytes(stored);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(stored, bytes);
    assertThrows(TamperedFileException.class, () -> vault.verify(file(content)));
    Files.delete(stored);
    assertThrows(TamperedFileException.class, () -> vault.verify(file(content)));
  }

  @Test
  void anOversizeUploadIsStoppedWhileStreamingAndLeavesNothing() {
    assertThrows(
        FileTooLargeException.class,
        () -> vault.store(new ByteArrayInputStream(CSV), "a.csv", CSV.length - 1, -1));
    assertThrows(
        FileTooLargeException.class,
        () -> vault.store(failing(0), "a.csv", 100, 101),
        "an announced length over the limit is refused before reading");
    assertNothingStored();
  }

  @Test
  void aBrokenConnectionLeavesNothing() {
    assertThrows(
        UploadInterruptedException.class,
        () -> vault.store(failing(200_000), "a.csv", 1 << 20, -1));
    assertNothingStored();
  }

  @Test
  void aFullDiskRefusesCleanly() {
    System.setProperty("omex.pdm.minFreeBytes", String.valueOf(Long.MAX_VALUE / 2));
    assertThrows(
        StorageFullException.class,
        () -> vault.store(new ByteArrayInputStream(CSV), "a.csv", 1 << 20, -1));
    assertNothingStored();
  }

  @Test
  void aRefusedTypeLeavesNothing() {
    assertThrows(
        FileTypeRefusedException.class,
        () -> vault.store(new ByteArrayInputStream("MZ...".getBytes()), "a.pdf", 1 << 20, -1));
    assertNothingStored();
  }

  @Test
  void anEmptyFileIsRefusedAndLeavesNothing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> vault.store(new ByteArrayInputStream(new byte[0]), "a.csv", 1 << 20, -1));
    assertEquals("pdm.file.empty", refused.messageKey());
    assertNothingStored();
  }

  @Test
  void anArchiveThatClaimsToExpandTooFarIsRefusedAndLeavesNothing() throws Exception {
    byte[] bomb = ZipDirectoryTest.zip(null, new byte[40 * 1024 * 1024]);
    ArchiveRefusedException refused =
        assertThrows(
            ArchiveRefusedException.class,
            () -> vault.store(new ByteArrayInputStream(bomb), "a.xlsx", 1 << 20, -1));
    assertEquals("pdm.archive.expands", refused.messageKey());
    assertNothingStored();
    byte[] broken = Arrays.copyOf(ZipDirectoryTest.zip(null, CSV), 2000);
    assertEquals(
        "pdm.archive.unreadable",
        assertThrows(
                ArchiveRefusedException.class,
                () -> vault.store(new ByteArrayInputStream(broken), "a.zip", 1 << 20, -1))
            .messageKey());
    assertNothingStored();
    byte[] ordinary = ZipDirectoryTest.zip("ведомости", CSV);
    assertEquals(
        ordinary.length,
        vault.store(new ByteArrayInputStream(ordinary), "a.zip", 1 << 20, -1).sizeBytes());
  }

  @Test
  void theSweepRemovesOnlyOldContentWithoutARecord() throws Exception {
    PdmFile.Content kept = vault.store(new ByteArrayInputStream(CSV), "a.csv", 1 << 20, -1);
    PdmFile.Content orphan = vault.store(new ByteArrayInputStream(CSV), "b.csv", 1 << 20, -1);
    assertEquals(0, vault.sweep(Set.of(kept.storageName()), Instant.now().minusSeconds(3600)));
    assertEquals(1, vault.sweep(Set.of(kept.storageName()), Instant.now().plusSeconds(60)));
    assertTrue(Files.exists(vault.pathOf(kept.storageName())));
    assertFalse(Files.exists(vault.pathOf(orphan.storageName())));
  }

  private void assertNothingStored() {
    assertEquals(0, list(vault.temporaryDirectory()).length, "temporary files");
    assertEquals(0, list(data.resolve("pdm").resolve("files")).length, "stored files");
  }

  private static Path[] list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new Path[0];
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toArray(Path[]::new);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sender whose connection breaks after some bytes of a CSV. */
  private static InputStream failing(int after) {
    return new SequenceInputStream(
        new ByteArrayInputStream(CSV, 0, Math.min(after, CSV.length)),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        });
  }

  private static PdmFile file(PdmFile.Content content) {
    User uploader = new User("maria", "Мария", null, "x", Instant.now());
    return new PdmFile(
        1,
        null,
        "a.csv",
        content,
        new PdmFile.Origin(
            uploader,
            Side.CLIENT,
            LegalBasis.CONTRACT,
            "payroll",
            Instant.now(),
            Instant.now().plusSeconds(60)));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}

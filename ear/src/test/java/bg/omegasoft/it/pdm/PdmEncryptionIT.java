package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.FileGoneException;
import bg.omegasoft.pdm.boundary.FileReference;
import bg.omegasoft.pdm.boundary.FileTypeRefusedException;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.TamperedFileException;
import bg.omegasoft.pdm.entity.PdmFile;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Encryption at rest on the real server: the stored bytes are not the plaintext, each file has its
 * own wrapped key, a changed byte (or a swapped key) is detected and refused before anything is
 * sent, and deletion destroys the key.
 */
@ExtendWith(ArquillianExtension.class)
class PdmEncryptionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmEncryptionIT.class);
  }

  @EJB SpaceFiles files;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsStaff asStaff;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void theStoredBytesAreNotThePlaintextAndOpenOnlyThroughTheKey() throws Exception {
    String plaintext = PdmFixtures.personalData();
    PdmFile file = upload(plaintext);
    Path stored = PdmFixtures.stored(file.getStorageName());
    byte[] bytes = Files.readAllBytes(stored);
    String asText = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(asText.startsWith("OMXPDM"), "the segmented AES-GCM format");
    assertFalse(asText.contains("Иван Петров"));
    assertFalse(asText.contains("8001011234"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)));

    byte[] wrapped =
        (byte[])
            PdmFixtures.single(em, "select wrapped_key from pdm_file where id = ?", file.getId());
    assertEquals(60, wrapped.length, "a 256-bit data key wrapped with AES-GCM");
    PdmFile other = upload(plaintext);
    byte[] otherWrapped =
        (byte[])
            PdmFixtures.single(em, "select wrapped_key from pdm_file where id = ?", other.getId());
    assertFalse(Arrays.equals(wrapped, otherWrapped), "each file its own key");
    assertFalse(
        Arrays.equals(bytes, Files.readAllBytes(PdmFixtures.stored(other.getStorageName()))),
        "the same plaintext encrypts differently");

    Path masterKey = Path.of(System.getProperty("omex.data.dir"), "pdm-master.key");
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(masterKey)));
    assertEquals(
        PdmFixtures.single(em, "select master_key_id from pdm_file where id = ?", file.getId()),
        PdmFixtures.single(em, "select master_key_id from pdm_file where id = ?", other.getId()));

    assertEquals(plaintext, download(file.getId()), "the assigned consultant reads it");
  }

  @Test
  void aChangedByteIsDetectedAndNothingIsSent() throws Exception {
    String plaintext = PdmFixtures.personalData().repeat(5000);
    PdmFile file = upload(plaintext);
    Path stored = PdmFixtures.stored(file.getStorageName());
    byte[] original = Files.readAllBytes(stored);
    byte[] changed = original.clone();
    changed[changed.length - 40] ^= 0x01;
    Files.write(stored, changed);

    TamperedFileException refused =
        assertThrows(
            TamperedFileException.class, () -> asStaff.call(() -> files.download(file.getId())));
    assertEquals(500, refused.httpStatus());
    assertEquals(
        1L,
        PdmFixtures.number(
            em,
            "select count(*) from pdm_event where file_id = ? and action = 'FILE_TAMPERED'",
            file.getId()),
        "the refusal is in the space's audit");
    assertEquals(
        0L,
        PdmFixtures.number(
            em,
            "select count(*) from pdm_event where file_id = ? and action = 'FILE_DOWNLOADED'",
            file.getId()));

    Files.write(stored, Arrays.copyOf(original, original.length - 100));
    assertThrows(
        TamperedFileException.class, () -> asStaff.call(() -> files.download(file.getId())));

    Files.write(stored, original);
    assertEquals(plaintext, download(file.getId()), "the unchanged file opens again");
  }

  @Test
  void aKeyCopiedFromAnotherFileDoesNotOpenIt() throws Exception {
    PdmFile first = upload(PdmFixtures.personalData());
    PdmFile second = upload(PdmFixtures.personalData());
    PdmFixtures.update(
        em,
        tx,
        "update pdm_file set wrapped_key = (select k from (select wrapped_key k from pdm_file"
            + " where id = ?) other) where id = ?",
        second.getId(),
        first.getId());
    assertThrows(
        TamperedFileException.class, () -> asStaff.call(() -> files.download(first.getId())));
  }

  @Test
  void deletionDestroysTheKeyAndTheContent() throws Exception {
    PdmFile file = upload(PdmFixtures.personalData());
    Path stored = PdmFixtures.stored(file.getStorageName());
    assertTrue(Files.exists(stored));
    asClientAdmin.call(
        () -> {
          files.delete(file.getId());
          return null;
        });
    assertNull(
        PdmFixtures.single(em, "select wrapped_key from pdm_file where id = ?", file.getId()));
    assertEquals(
        "DELETED", PdmFixtures.single(em, "select state from pdm_file where id = ?", file.getId()));
    assertFalse(Files.exists(stored), "the encrypted content is removed once the deletion commits");
    FileGoneException gone =
        assertThrows(
            FileGoneException.class, () -> asStaff.call(() -> files.download(file.getId())));
    assertEquals(410, gone.httpStatus());
    FileReference reference = asStaff.call(() -> files.reference(file.getId())).orElseThrow();
    assertFalse(reference.available());
    assertEquals(
        1L,
        PdmFixtures.number(
            em,
            "select count(*) from pdm_event where file_id = ? and action = 'FILE_DELETED'",
            file.getId()));
  }

  @Test
  void namesAreNeutralisedAndOnlyAllowedTypesWithMatchingContentAreStored() {
    long demetra = PdmFixtures.demetra(em);
    PdmFile file =
        asClientAdmin.call(
            () ->
                files.upload(
                    PdmFixtures.csv(demetra, "..\\..\\windows/../etc/ведомост.csv"),
                    PdmFixtures.content("a;b\n")));
    assertEquals("ведомост.csv", file.getName());
    assertThrows(
        FileTypeRefusedException.class,
        () ->
            asClientAdmin.call(
                () ->
                    files.upload(
                        PdmFixtures.csv(demetra, "setup.exe"), PdmFixtures.content("MZ..."))));
    FileTypeRefusedException mismatch =
        assertThrows(
            FileTypeRefusedException.class,
            () ->
                asClientAdmin.call(
                    () ->
                        files.upload(
                            PdmFixtures.csv(demetra, "invoice.pdf"),
                            PdmFixtures.content("MZ\u0090 a program"))));
    assertEquals("pdm.type.mismatch", mismatch.messageKey());
  }

  private PdmFile upload(String plaintext) throws Exception {
    PdmFixtures.staffAssignedToDemetra(em, tx);
    long demetra = PdmFixtures.demetra(em);
    return asClientAdmin.call(
        () ->
            files.upload(
                PdmFixtures.csv(demetra, PdmFixtures.unique("encrypted")),
                PdmFixtures.content(plaintext)));
  }

  private String download(long fileId) throws Exception {
    try (InputStream in = asStaff.call(() -> files.download(fileId)).open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

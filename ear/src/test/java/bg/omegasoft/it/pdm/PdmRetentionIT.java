package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.operations.boundary.Jobs;
import bg.omegasoft.pdm.boundary.FileGoneException;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.entity.PdmFile;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly pdm-retention job, started the way its 03:00 timer starts it (run-as BATCH_OPERATOR):
 * files past their retention lose key and content, the expiry is in the space's audit, files still
 * within their period stay, and stale stored content without a record is swept.
 */
@ExtendWith(ArquillianExtension.class)
class PdmRetentionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmRetentionIT.class);
  }

  @EJB Jobs jobs;
  @EJB SpaceFiles files;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsNightlyTimer asNightlyTimer;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void expiredFilesAndTheirKeysAreDestroyedAndTheRestStays() throws Exception {
    PdmFile due = upload();
    PdmFile kept = upload();
    PdmFixtures.update(
        em,
        tx,
        "update pdm_file set retain_until = utc_timestamp(3) - interval 1 day where id = ?",
        due.getId());
    Path orphan = PdmFixtures.stored(UUID.randomUUID().toString());
    Files.createDirectories(orphan.getParent());
    Files.write(orphan, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));

    long execution = asNightlyTimer.call(() -> jobs.start("pdm-retention", new Properties()));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

    assertEquals("EXPIRED", state(due));
    assertNull(
        PdmFixtures.single(em, "select wrapped_key from pdm_file where id = ?", due.getId()));
    assertFalse(Files.exists(PdmFixtures.stored(due.getStorageName())));
    assertEquals(
        "SYSTEM",
        PdmFixtures.single(
            em,
            "select actor_side from pdm_event where file_id = ? and action = 'FILE_EXPIRED'",
            due.getId()));
    assertThrows(
        FileGoneException.class, () -> asClientAdmin.call(() -> files.download(due.getId())));

    assertEquals("ACTIVE", state(kept));
    assertNotNull(
        PdmFixtures.single(em, "select wrapped_key from pdm_file where id = ?", kept.getId()));
    assertTrue(Files.exists(PdmFixtures.stored(kept.getStorageName())));
    assertFalse(Files.exists(orphan), "stored content without a record is swept");

    long again = asNightlyTimer.call(() -> jobs.start("pdm-retention", new Properties()));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(again));
    assertEquals(
        1L,
        PdmFixtures.number(
            em,
            "select count(*) from pdm_event where file_id = ? and action = 'FILE_EXPIRED'",
            due.getId()),
        "a second run expires nothing twice");
  }

  @Test
  void aFileIsGoneFromTheEndOfItsPeriodEvenBeforeTheNightlyRun() throws Exception {
    PdmFile file = upload();
    PdmFixtures.update(
        em,
        tx,
        "update pdm_file set retain_until = utc_timestamp(3) - interval 1 second where id = ?",
        file.getId());
    assertThrows(
        FileGoneException.class, () -> asClientAdmin.call(() -> files.download(file.getId())));
    assertTrue(
        asClientAdmin.call(() -> files.files(file.getClientId(), null)).stream()
            .noneMatch(f -> f.getId().equals(file.getId())));
  }

  private PdmFile upload() {
    long demetra = PdmFixtures.demetra(em);
    return asClientAdmin.call(
        () ->
            files.upload(
                PdmFixtures.csv(demetra, PdmFixtures.unique("retention")),
                PdmFixtures.content(PdmFixtures.personalData())));
  }

  private String state(PdmFile file) {
    return (String) PdmFixtures.single(em, "select state from pdm_file where id = ?", file.getId());
  }

  private BatchStatus awaitEnd(long executionId) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    BatchStatus status = null;
    while (Instant.now().isBefore(deadline)) {
      status = asNightlyTimer.call(() -> jobs.execution(executionId).getBatchStatus());
      if (status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED
          || status == BatchStatus.ABANDONED) {
        return status;
      }
      Thread.sleep(200);
    }
    return status;
  }
}

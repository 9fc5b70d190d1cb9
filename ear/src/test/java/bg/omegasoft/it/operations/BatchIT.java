package bg.omegasoft.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.operations.boundary.Jobs;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token-cleanup job of the batch module, started from the operations boundary by a batch
 * operator, runs on JBeret with its job repository in the application database.
 */
@ExtendWith(ArquillianExtension.class)
class BatchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(BatchIT.class);
  }

  @EJB Jobs jobs;
  @EJB AsOperator asOperator;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void theCleanupJobRemovesLongEndedTokensAndIsRecordedInTheDatabase() throws Exception {
    String old = insertToken(Duration.ofDays(200));
    String recent = insertToken(Duration.ofDays(5));

    long executionId = asOperator.call(() -> jobs.start("token-cleanup", new Properties()));
    BatchStatus status = awaitEnd(executionId);

    assertEquals(BatchStatus.COMPLETED, status);
    assertEquals(0, countTokens(old), "the token revoked 200 days ago is gone");
    assertEquals(1, countTokens(recent), "the token revoked 5 days ago stays");
    List<StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(executionId);
    assertTrue(steps.get(0).getMetrics().length > 0);
    Number persisted =
        (Number)
            em.createNativeQuery("select count(*) from JOB_EXECUTION where JOBEXECUTIONID = ?")
                .setParameter(1, executionId)
                .getSingleResult();
    assertEquals(1, persisted.intValue(), "the execution is in the JDBC job repository");
  }

  private BatchStatus awaitEnd(long executionId) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    BatchStatus status = null;
    while (Instant.now().isBefore(deadline)) {
      status = asOperator.call(() -> jobs.execution(executionId).getBatchStatus());
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

  private String insertToken(Duration revokedAgo) throws Exception {
    String hash =
        UUID.randomUUID().toString().replace("-", "")
            + UUID.randomUUID().toString().replace("-", "");
    tx.begin();
    em.createNativeQuery(
            "insert into api_token (user_id, name, token_hash, prefix, created_at, revoked_at)"
                + " select id, 'batch test', ?, 'omx_test', utc_timestamp(3) - interval ? day,"
                + " utc_timestamp(3) - interval ? day from app_user where username = 'trainee'")
        .setParameter(1, hash)
        .setParameter(2, revokedAgo.toDays() + 1)
        .setParameter(3, revokedAgo.toDays())
        .executeUpdate();
    tx.commit();
    return hash;
  }

  private int countTokens(String hash) {
    return ((Number)
            em.createNativeQuery("select count(*) from api_token where token_hash = ?")
                .setParameter(1, hash)
                .getSingleResult())
        .intValue();
  }
}

package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.ResultView;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.certification.boundary.CertificateCheck;
import bg.omegasoft.certification.boundary.Certificates;
import bg.omegasoft.certification.boundary.Verification;
import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.certification.entity.CertificateNotValidException;
import bg.omegasoft.certification.entity.CertificateStatus;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates on MariaDB: issued when, and only when, a final attempt passes; one per person,
 * programme and level, even for two passes at the same moment and after a retake; revocation and
 * reissue keep the history, and the public check follows them.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(CertificatesIT.class);
  }

  @EJB AssessmentFixtures fixtures;
  @EJB Attempts attempts;
  @EJB Certificates certificates;
  @EJB CertificateCheck check;
  @EJB AsTrainee asTrainee;
  @EJB AsTrainer asTrainer;

  @Resource ManagedExecutorService executor;

  @Test
  void aFailedFinalAttemptGivesNoCertificateAndAPassedOneGivesOneRetakesIncluded() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Сертификат"));
    fixtures.sessionWithDemoTrainee(setup);
    TestDefinition test = fixtures.test(setup, TestKind.FINAL, null, 3, null);
    long trainee = fixtures.demoTrainee().getId();

    ResultView failed = take(test, 2);
    assertEquals(Boolean.FALSE, failed.passed(), "2 of 4 is under the pass mark of 75 %");
    assertTrue(fixtures.certificatesOf(trainee, setup.programme().getId()).isEmpty());

    ResultView passed = take(test, 4);
    assertEquals(Boolean.TRUE, passed.passed());
    List<Certificate> issued = fixtures.certificatesOf(trainee, setup.programme().getId());
    assertEquals(1, issued.size());
    Certificate certificate = issued.get(0);
    assertTrue(certificate.getNumber().matches("OMX-\\d{4}-\\d{6}"), certificate.getNumber());
    assertTrue(certificate.getCode().matches("[A-Z2-7]{20}"), certificate.getCode());
    assertEquals(1, certificate.getVersionNumber());
    assertEquals("ОмегаСофт ООД", certificate.getIssuerName());

    take(test, 4);
    assertEquals(
        1,
        fixtures.certificatesOf(trainee, setup.programme().getId()).size(),
        "a retake issues none");
  }

  @Test
  void twoFinalTestsPassedAtTheSameMomentIssueOneCertificate() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Едновременно"));
    var session = fixtures.sessionWithDemoTrainee(setup);
    TestDefinition ofVersion = fixtures.test(setup, TestKind.FINAL, null, 1, null);
    TestDefinition ofSession = fixtures.test(setup, TestKind.FINAL, session.getId(), 1, null);
    AttemptView first = answeredRight(ofVersion);
    AttemptView second = answeredRight(ofSession);

    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResultView>> submissions = new ArrayList<>();
    for (AttemptView attempt : List.of(first, second)) {
      submissions.add(
          executor.submit(
              () -> {
                go.await();
                return asTrainee.call(() -> attempts.submit(attempt.id()));
              }));
    }
    go.countDown();
    for (Future<ResultView> submission : submissions) {
      assertEquals(Boolean.TRUE, submission.get(60, TimeUnit.SECONDS).passed());
    }
    assertEquals(
        1,
        fixtures.certificatesOf(fixtures.demoTrainee().getId(), setup.programme().getId()).size());
  }

  @Test
  void revocationAndReissueKeepTheHistoryAndThePublicCheckFollows() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Отмяна"));
    fixtures.sessionWithDemoTrainee(setup);
    TestDefinition test = fixtures.test(setup, TestKind.FINAL, null, 1, null);
    take(test, 4);
    Certificate original =
        fixtures.certificatesOf(fixtures.demoTrainee().getId(), setup.programme().getId()).get(0);
    assertEquals("VALID", check.verify(original.getCode()).orElseThrow().publicStatus());
    assertEquals(
        "VALID",
        check.verify(original.getCode().toLowerCase()).orElseThrow().publicStatus(),
        "codes are read in any case");

    Certificate replacement =
        asTrainer.call(
            () -> certificates.reissue(original.getId(), "Иван Петров Петров", "Поправено име"));
    assertNotEquals(original.getCode(), replacement.getCode());
    assertNotEquals(original.getNumber(), replacement.getNumber());
    Verification old = check.verify(original.getCode()).orElseThrow();
    assertEquals(CertificateStatus.REPLACED, old.status());
    assertEquals("REVOKED", old.publicStatus());
    assertEquals(replacement.getNumber(), old.replacedBy());
    assertEquals("Иван Петров Петров", check.verify(replacement.getCode()).orElseThrow().holder());

    asTrainer.call(() -> certificates.revoke(replacement.getId(), "Издаден по грешка"));
    Verification revoked = check.verify(replacement.getCode()).orElseThrow();
    assertEquals("REVOKED", revoked.publicStatus());
    assertEquals("Издаден по грешка", revoked.revokeReason());
    assertThrows(
        CertificateNotValidException.class,
        () -> asTrainer.call(() -> certificates.revoke(replacement.getId(), "again")));
    assertEquals(2, asTrainer.call(() -> certificates.history(replacement.getId())).size());
    assertTrue(check.verify("nonsense'; drop table certificate; --").isEmpty());
  }

  /** Takes the test answering {@code right} of the four questions correctly. */
  private ResultView take(TestDefinition test, int right) {
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    for (int i = 0; i < view.items().size(); i++) {
      AttemptView.Item item = view.items().get(i);
      var answer = i < right ? Answering.right(item) : Answering.wrong(item);
      asTrainee.call(() -> attempts.answer(view.id(), item.id(), answer, null));
    }
    return asTrainee.call(() -> attempts.submit(view.id()));
  }

  private AttemptView answeredRight(TestDefinition test) {
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    for (AttemptView.Item item : view.items()) {
      asTrainee.call(() -> attempts.answer(view.id(), item.id(), Answering.right(item), null));
    }
    return view;
  }
}

package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.FileReference;
import bg.omegasoft.pdm.boundary.SpaceAccess;
import bg.omegasoft.pdm.boundary.SpaceActionRefusedException;
import bg.omegasoft.pdm.boundary.SpaceAudit;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.boundary.UnknownFileException;
import bg.omegasoft.pdm.boundary.UnknownSpaceException;
import bg.omegasoft.pdm.entity.Access;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix: every demo role against another client's space, with every method of the
 * boundaries and with the ids of the foreign space and file as well as ids that do not exist. The
 * answers must be the same "unknown" in every case, so nothing about the other client leaks.
 */
@ExtendWith(ArquillianExtension.class)
class PdmAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmAccessIT.class);
  }

  @EJB Spaces spaces;
  @EJB SpaceFiles files;
  @EJB SpaceAccess access;
  @EJB SpaceAudit audit;
  @EJB AsAdmin asAdmin;
  @EJB AsTrainee asTrainee;
  @EJB AsTrainer asTrainer;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsFinance asFinance;
  @EJB AsOperator asOperator;
  @EJB AsForeignClientAdmin asForeign;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void noDemoRoleCanListDownloadOrLearnOfAnotherClientsFiles() throws Exception {
    long foreign = PdmFixtures.foreignClient(em, tx);
    PdmFile secret =
        asForeign.call(
            () ->
                files.upload(
                    PdmFixtures.csv(foreign, PdmFixtures.unique("foreign")),
                    PdmFixtures.content(PdmFixtures.personalData())));
    long missingFile = secret.getId() + 1_000_000;
    long missingClient = foreign + 1_000_000;

    for (Map.Entry<String, Function<Callable<Object>, Object>> caller : callers().entrySet()) {
      String who = caller.getKey();
      Function<Callable<Object>, Object> as = caller.getValue();
      @SuppressWarnings("unchecked")
      List<SpaceSummary> visible = (List<SpaceSummary>) as.apply(() -> spaces.mine());
      assertTrue(
          visible.stream().noneMatch(s -> s.clientId() == foreign),
          who + " does not list the foreign space");
      for (long clientId : new long[] {foreign, missingClient}) {
        assertUnknownSpace(who, clientId, () -> as.apply(() -> spaces.open(clientId)));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> spaces.folders(clientId)));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> spaces.createFolder(clientId, "x")));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> files.files(clientId, null)));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> upload(clientId)));
        assertUnknownSpace(
            who,
            clientId,
            () ->
                as.apply(
                    () ->
                        audit.events(
                            clientId, LocalDate.now().minusYears(1), LocalDate.now(), null, 10)));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> access.grants(clientId)));
        assertUnknownSpace(who, clientId, () -> as.apply(() -> access.staff(clientId)));
      }
      for (long fileId : new long[] {secret.getId(), missingFile}) {
        assertUnknownFile(who, fileId, () -> as.apply(() -> files.file(fileId)));
        assertUnknownFile(who, fileId, () -> as.apply(() -> files.download(fileId)));
        assertUnknownFile(
            who,
            fileId,
            () ->
                as.apply(
                    () -> {
                      files.delete(fileId);
                      return null;
                    }));
        assertEquals(Optional.empty(), as.apply(() -> files.reference(fileId)), who + " reference");
      }
    }
    assertEquals(
        secret.getSha256(),
        asForeign.call(() -> files.file(secret.getId())).getSha256(),
        "the file is there for its own client");
  }

  @Test
  void anAdministratorEntersOnlyOnceAssignedAndNoLongerAfterwards() throws Exception {
    long foreign = PdmFixtures.foreignClient(em, tx);
    PdmFile file =
        asForeign.call(
            () ->
                files.upload(
                    PdmFixtures.csv(foreign, PdmFixtures.unique("assigned")),
                    PdmFixtures.content(PdmFixtures.personalData())));
    long staffId = PdmFixtures.userId(em, "staff");
    assertThrows(
        UnknownFileException.class, () -> asStaff.call(() -> files.download(file.getId())));
    asAdmin.call(
        () -> {
          access.assign(foreign, staffId);
          return null;
        });
    try {
      assertEquals(Access.VENDOR_STAFF, asStaff.call(() -> spaces.open(foreign)).access());
      try (InputStream in = asStaff.call(() -> files.download(file.getId())).open()) {
        assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("ЕГН"));
      }
      FileReference reference = asStaff.call(() -> files.reference(file.getId())).orElseThrow();
      assertEquals(file.getName(), reference.name(), "the service desk may link it for staff");
      assertEquals(file.getSha256(), reference.sha256());
      assertEquals(foreign, reference.clientId());
      assertTrue(reference.available());
      assertThrows(
          UnknownFileException.class,
          () -> asAdmin.call(() -> files.download(file.getId())),
          "assigning others does not let the ADMIN in");
      assertTrue(
          asForeign.call(() -> access.staff(foreign)).stream()
              .anyMatch(a -> a.getUser().getUsername().equals("staff")),
          "the client sees who at the vendor may open its data");
    } finally {
      asAdmin.call(
          () -> {
            access.unassign(foreign, staffId);
            return null;
          });
    }
    assertThrows(
        UnknownFileException.class, () -> asStaff.call(() -> files.download(file.getId())));
  }

  @Test
  void aClientAdministratorLetsAColleagueInAndOutAndOnlyTheyManageAccess() {
    long demetra = PdmFixtures.demetra(em);
    long traineeId = PdmFixtures.userId(em, "trainee");
    assertThrows(UnknownSpaceException.class, () -> asTrainee.call(() -> spaces.open(demetra)));
    asClientAdmin.call(
        () -> {
          access.grant(demetra, traineeId);
          return null;
        });
    try {
      assertEquals(Access.MEMBER, asTrainee.call(() -> spaces.open(demetra)).access());
      PdmFile own =
          asTrainee.call(
              () ->
                  files.upload(
                      PdmFixtures.csv(demetra, PdmFixtures.unique("member")),
                      PdmFixtures.content(PdmFixtures.personalData())));
      assertThrows(
          SpaceActionRefusedException.class,
          () ->
              asTrainee.call(
                  () -> audit.events(demetra, LocalDate.now(), LocalDate.now(), null, 5)),
          "members do not see the audit");
      assertThrows(
          SpaceActionRefusedException.class,
          () -> asTrainee.call(() -> access.grantCandidates(demetra)));
      assertThrows(
          SpaceActionRefusedException.class,
          () -> asStaff.call(() -> access.grantCandidates(demetra)),
          "the vendor does not manage the client's grants");
      asTrainee.call(
          () -> {
            files.delete(own.getId());
            return null;
          });
    } finally {
      asClientAdmin.call(
          () -> {
            access.revoke(demetra, traineeId);
            return null;
          });
    }
    assertThrows(UnknownSpaceException.class, () -> asTrainee.call(() -> spaces.open(demetra)));
    assertThrows(
        BusinessException.class,
        () ->
            asClientAdmin.call(
                () -> {
                  access.grant(demetra, PdmFixtures.userId(em, "staff"));
                  return null;
                }),
        "vendor people cannot be granted by a client");
  }

  private Object upload(long clientId) {
    return files.upload(PdmFixtures.csv(clientId, "probe.csv"), PdmFixtures.content("a;b\n"));
  }

  private Map<String, Function<Callable<Object>, Object>> callers() {
    Map<String, Function<Callable<Object>, Object>> callers = new LinkedHashMap<>();
    callers.put("ADMIN", asAdmin::call);
    callers.put("TRAINEE", asTrainee::call);
    callers.put("TRAINER", asTrainer::call);
    callers.put("STAFF", asStaff::call);
    callers.put("CLIENT_ADMIN of another client", asClientAdmin::call);
    callers.put("FINANCE", asFinance::call);
    callers.put("BATCH_OPERATOR", asOperator::call);
    return callers;
  }

  private static void assertUnknownSpace(String who, long clientId, Executable call) {
    UnknownSpaceException refused =
        assertThrows(UnknownSpaceException.class, call, who + " on space " + clientId);
    assertEquals(404, refused.httpStatus());
    assertEquals("pdm.space.notFound", refused.messageKey());
  }

  private static void assertUnknownFile(String who, long fileId, Executable call) {
    UnknownFileException refused =
        assertThrows(UnknownFileException.class, call, who + " on file " + fileId);
    assertEquals(List.of(fileId), List.of(refused.arguments()), "nothing but the id asked for");
    assertFalse(refused.getMessage().contains("Чужда"));
  }
}

package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.AnonymisationRefusedException;
import bg.omegasoft.pdm.boundary.DataSubjects;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data subject rights: an ADMIN exports everything held about a person as JSON and anonymises the
 * account; the person can no longer sign in or enter spaces, the audits keep a pseudonym, and the
 * client sees in its space's audit that this happened.
 */
@ExtendWith(ArquillianExtension.class)
class DataSubjectsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(DataSubjectsIT.class);
  }

  @EJB DataSubjects subjects;
  @EJB Intake intake;
  @EJB SpaceFiles files;
  @EJB Accounts accounts;
  @EJB AsAdmin asAdmin;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsDataSubject asSubject;
  @EJB AsForeignClientAdmin asForeign;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void anAdministratorExportsThenAnonymisesAPerson() throws Exception {
    long userId = PdmFixtures.subject(em, tx);
    long foreign = PdmFixtures.foreignClient(em, tx);
    String name = PdmFixtures.unique("subject");
    PdmFile uploaded =
        asSubject.call(
            () -> files.upload(PdmFixtures.csv(foreign, name), PdmFixtures.content("a;b\n")));
    accounts.signIn(PdmFixtures.SUBJECT, "a wrong password");
    String requestNumber =
        intake
            .submitWebForm(
                new RequestForm(
                    "201234563",
                    "Сава Субектов",
                    "sava.subektov@foreign.example",
                    "+359 88 123 4567",
                    RequestType.SUPPORT,
                    DeliveryMode.REMOTE,
                    "Не се отваря справката за отпуските.",
                    true,
                    null),
                "127.0.7." + (userId % 200))
            .getNumber();

    String certificate = "OMX-IT-" + userId;
    tx.begin();
    em.createNativeQuery(
            "insert into certificate (number, code, status, holder_id, holder_name, programme_id,"
                + " version_id, programme_title, level, version_number, attempt_id,"
                + " score_percent, issued_on, issued_at, issuer_name, issuer_uic)"
                + " select ?, substr(concat(replace(uuid(), '-', ''), 'ZZZZ'), 1, 20), 'VALID', ?,"
                + " 'Сава Субектов', programme_id, version_id, programme_title, level,"
                + " version_number, attempt_id, score_percent, issued_on, issued_at,"
                + " issuer_name, issuer_uic from certificate order by id limit 1")
        .setParameter(1, certificate)
        .setParameter(2, userId)
        .executeUpdate();
    tx.commit();

    JsonObject export = asAdmin.call(() -> subjects.export(userId));
    JsonObject account = export.getJsonObject("account");
    assertEquals(PdmFixtures.SUBJECT, account.getString("username"));
    assertEquals("Сава Субектов", account.getString("fullName"));
    assertEquals("sava.subektov@foreign.example", account.getString("email"));
    assertEquals("Чужда Фирма ООД (PDM IT)", account.getString("clientName"));
    assertTrue(
        export.getJsonObject("pdm").getJsonArray("filesUploaded").stream()
            .anyMatch(f -> f.asJsonObject().getString("name").equals(name)),
        "metadata of the files the person uploaded");
    assertTrue(
        export.getJsonObject("pdm").getJsonArray("spaceEvents").stream()
            .anyMatch(e -> e.asJsonObject().getString("action").equals("FILE_UPLOADED")));
    assertTrue(
        export.getJsonArray("auditEvents").stream()
            .anyMatch(e -> e.asJsonObject().getString("action").equals("SIGN_IN_FAILED")),
        "the person's own actions in the platform audit");
    assertFalse(export.toString().contains("!not-for-sign-in"), "no password hash");
    JsonObject capabilities = export.getJsonObject("capabilities");
    assertTrue(
        capabilities.getJsonObject("servicedesk").getJsonArray("requests").stream()
            .anyMatch(r -> r.asJsonObject().getString("number").equals(requestNumber)),
        "the service request the person filed, with their consent");
    assertTrue(capabilities.getJsonObject("learning").containsKey("enrolments"));
    assertTrue(
        capabilities.getJsonObject("tests").getJsonArray("certificates").stream()
            .anyMatch(c -> c.asJsonObject().getString("number").equals(certificate)),
        "the person's certificates");
    String note = export.getJsonArray("notes").getString(0);
    assertTrue(note.contains("10 years") && note.contains("never changes"), note);
    assertTrue(note.contains("company, not persons"), note);
    assertThrows(EJBAccessException.class, () -> asClientAdmin.call(() -> subjects.export(userId)));

    String pseudonym = asAdmin.call(() -> subjects.anonymise(userId));
    assertEquals("anonymised-" + userId, pseudonym);
    assertEquals(
        pseudonym, PdmFixtures.single(em, "select username from app_user where id = ?", userId));
    assertNull(PdmFixtures.single(em, "select email from app_user where id = ?", userId));
    assertEquals(
        pseudonym,
        PdmFixtures.single(
            em, "select requester_name from service_request where number = ?", requestNumber),
        "the request stays, its requester no longer named");
    assertEquals(
        "REVOKED",
        PdmFixtures.single(em, "select status from certificate where number = ?", certificate),
        "a certificate no longer names a holder who can be checked publicly");
    assertEquals(
        pseudonym,
        PdmFixtures.single(
            em, "select holder_name from certificate where number = ?", certificate));
    assertNull(
        PdmFixtures.single(
            em, "select requester_phone from service_request where number = ?", requestNumber));
    assertEquals(
        pseudonym,
        PdmFixtures.single(
            em, "select consent_given_by from service_request where number = ?", requestNumber));
    assertEquals(
        0L,
        PdmFixtures.number(
            em, "select count(*) from pdm_event where actor = ?", PdmFixtures.SUBJECT));
    assertEquals(
        0L,
        PdmFixtures.number(
            em, "select count(*) from audit_event where actor = ?", PdmFixtures.SUBJECT));
    assertEquals(
        SignInOutcome.Status.INVALID_CREDENTIALS,
        accounts.signIn(PdmFixtures.SUBJECT, "any password at all").status(),
        "the old user name no longer signs in");
    assertEquals(
        pseudonym,
        asForeign.call(() -> files.file(uploaded.getId())).getUploadedBy().getFullName(),
        "the client's file stays, its uploader no longer named");
    assertEquals(
        1L,
        PdmFixtures.number(
            em,
            "select count(*) from pdm_event where client_id = ? and action = 'SUBJECT_ANONYMISED'"
                + " and detail = ?",
            foreign,
            pseudonym),
        "the client sees the erasure in its space's audit");
  }

  @Test
  void anAdministratorCannotEraseTheirOwnAccount() {
    long admin = PdmFixtures.userId(em, "admin");
    AnonymisationRefusedException refused =
        assertThrows(
            AnonymisationRefusedException.class,
            () -> asAdmin.call(() -> subjects.anonymise(admin)));
    assertEquals("pdm.subject.self", refused.messageKey());
  }
}

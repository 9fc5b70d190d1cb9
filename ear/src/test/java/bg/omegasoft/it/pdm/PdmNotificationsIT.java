package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.entity.PdmFile;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "A file arrived" notices go to the other side, in the recipient's language, without the file's
 * name or content. They are written to the outbox with the upload (the mail server of the tests is
 * configured in a parallel branch, so delivery through java:jboss/mail/Omex is not asserted here).
 */
@ExtendWith(ArquillianExtension.class)
class PdmNotificationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PdmNotificationsIT.class);
  }

  @EJB SpaceFiles files;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsStaff asStaff;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void aClientsUploadIsAnnouncedToTheAssignedVendorPeopleOnly() throws Exception {
    PdmFixtures.staffAssignedToDemetra(em, tx);
    String name = PdmFixtures.unique("Болничен-Иван-Петров");
    PdmFile file = upload(asClientAdmin, name);
    List<Object> recipients = recipients(file);
    assertEquals(List.of("stefan.dimitrov@omegasoft.bg"), recipients);
    String subject = field(file, "subject");
    String body = field(file, "body");
    assertTrue(subject.contains("Деметра Агро ЕООД"), subject);
    assertTrue(body.contains("Стефан Димитров"), body);
    assertTrue(body.contains("/pdm/space.xhtml?client=" + file.getClientId()), body);
    assertFalse(subject.contains("Болничен") || body.contains("Болничен"), "never the file's name");
    assertFalse(body.contains("8001011234"), "never the content");
  }

  @Test
  void aVendorUploadIsAnnouncedToTheClientsAdministrators() throws Exception {
    PdmFixtures.staffAssignedToDemetra(em, tx);
    PdmFile file = upload(asStaff, PdmFixtures.unique("payslips"));
    List<Object> recipients = recipients(file);
    assertTrue(recipients.contains("maria.georgieva@demetra-agro.bg"), recipients.toString());
    assertFalse(recipients.contains("stefan.dimitrov@omegasoft.bg"), "not to the uploader");
    String body = field(file, "body");
    assertTrue(body.contains("ОмегаСофт") || body.contains("OmegaSoft"), body);
  }

  private PdmFile upload(Object caller, String name) {
    long demetra = PdmFixtures.demetra(em);
    java.util.concurrent.Callable<PdmFile> work =
        () ->
            files.upload(
                PdmFixtures.csv(demetra, name), PdmFixtures.content(PdmFixtures.personalData()));
    return caller instanceof AsStaff staff ? staff.call(work) : ((AsClientAdmin) caller).call(work);
  }

  private List<Object> recipients(PdmFile file) {
    return PdmFixtures.column(
        em,
        "select recipient from outgoing_mail where topic = concat('pdm-file:', ?) order by id",
        file.getId());
  }

  private String field(PdmFile file, String column) {
    return (String)
        PdmFixtures.single(
            em,
            "select "
                + column
                + " from outgoing_mail where topic = concat('pdm-file:', ?) order by id limit 1",
            file.getId());
  }
}

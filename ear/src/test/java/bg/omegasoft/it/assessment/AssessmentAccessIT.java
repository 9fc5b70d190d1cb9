package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.boundary.TestResults;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.WebSession;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who reaches what of the tests (issue 12, findings 5 and 8): a question's picture only through the
 * attempt or the bank it belongs to, everyone else the same 404 as for an unknown picture; pictures
 * whose bytes are not what their type says are refused, and served only with their checked type;
 * another company's test shows neither its title nor its results.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(AssessmentAccessIT.class);
  }

  @EJB AssessmentFixtures fixtures;
  @EJB Attempts attempts;
  @EJB QuestionBanks banks;
  @EJB TestResults results;
  @EJB AsTrainee asTrainee;
  @EJB AsTrainer asTrainer;
  @EJB AsOtherCompanysAdmin asOtherCompanysAdmin;

  @Test
  void aQuestionsPictureReachesOnlyThoseItBelongsToAndEveryoneElseGetsTheSame404() {
    fixtures.otherCompanysAdmin();
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Картинки"));
    long attached =
        asTrainer.call(
            () -> {
              long id = banks.storeImage("image/png", Pictures.PNG);
              Question first = banks.questions(setup.bank().getId()).get(0);
              banks.edit(first.getId(), first.content(), id);
              return id;
            });
    // uploaded on a question's form that was never saved: no question shows it
    long orphan = asTrainer.call(() -> banks.storeImage("image/gif", Pictures.GIF));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView attempt = asTrainee.call(() -> attempts.start(test.getId()));
    assertTrue(
        attempt.items().stream().anyMatch(i -> Long.valueOf(attached).equals(i.imageId())),
        "the attempt shows the picture");
    long unknown = fixtures.unknownPictureId();

    WebSession trainee = WebSession.signedIn("trainee");
    RawHttp.Answer shown = picture(trainee, attached);
    assertEquals(200, shown.status());
    assertArrayEquals(Pictures.PNG, shown.body());
    assertNotFoundLikeUnknown(trainee, orphan, unknown, "a trainee: a picture of no attempt");

    // people with no attempt that drew the question, of the same company or another
    for (String user :
        List.of(
            "gdimov",
            "clientadmin",
            "finance",
            "operator",
            AssessmentFixtures.OTHER_COMPANYS_ADMIN)) {
      WebSession session = WebSession.signedIn(user);
      assertNotFoundLikeUnknown(session, attached, unknown, user);
      assertNotFoundLikeUnknown(session, orphan, unknown, user);
    }

    // the vendor's consultants read the banks; only those who edit banks see unsaved uploads
    WebSession staff = WebSession.signedIn("staff");
    assertEquals(200, picture(staff, attached).status());
    assertNotFoundLikeUnknown(staff, orphan, unknown, "staff: a picture on no question");
    WebSession trainer = WebSession.signedIn("trainer");
    assertEquals(200, picture(trainer, attached).status());
    RawHttp.Answer upload = picture(trainer, orphan);
    assertEquals(200, upload.status());
    assertEquals("image/gif", header(upload, "Content-Type"));
    assertArrayEquals(Pictures.GIF, upload.body());
  }

  @Test
  void aPictureMustBeWhatItsTypeSaysAndIsServedOnlyAsWhatItIs() {
    for (Map.Entry<String, byte[]> fake :
        Map.of(
                "image/png", Pictures.HTML,
                "image/gif", Pictures.SVG,
                "image/jpeg", Pictures.PNG,
                "image/webp", Pictures.GIF)
            .entrySet()) {
      assertThrows(
          InvalidInputException.class,
          () -> asTrainer.call(() -> banks.storeImage(fake.getKey(), fake.getValue())),
          fake.getKey() + " that is not one");
    }
    assertThrows(
        InvalidInputException.class,
        () -> asTrainer.call(() -> banks.storeImage("image/svg+xml", Pictures.SVG)),
        "SVG is refused: it can carry a script");

    WebSession trainer = WebSession.signedIn("trainer");
    for (Map.Entry<String, byte[]> real :
        Map.of(
                "image/png", Pictures.PNG,
                "image/jpeg", Pictures.JPEG,
                "image/gif", Pictures.GIF,
                "image/webp", Pictures.WEBP)
            .entrySet()) {
      long id = asTrainer.call(() -> banks.storeImage(real.getKey(), real.getValue()));
      RawHttp.Answer served = picture(trainer, id);
      assertEquals(200, served.status(), real.getKey());
      assertEquals(real.getKey(), header(served, "Content-Type"));
      assertArrayEquals(real.getValue(), served.body());
      assertEquals("nosniff", header(served, "X-Content-Type-Options"));
      String extension = real.getKey().equals("image/jpeg") ? "jpg" : real.getKey().substring(6);
      assertEquals(
          "inline; filename=\"question-picture-" + id + "." + extension + "\"",
          header(served, "Content-Disposition"));
      assertTrue(header(served, "Content-Security-Policy").contains("sandbox"));
    }

    // stored before pictures were checked: never served as the picture it claims to be
    long legacy = fixtures.uncheckedPicture("image/png", Pictures.HTML);
    assertNotFoundLikeUnknown(trainer, legacy, fixtures.unknownPictureId(), "an unchecked page");
  }

  @Test
  void anotherCompanysTestShowsNeitherItsTitleNorItsResults() {
    fixtures.otherCompanysAdmin();
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Чужд тест"));
    TestDefinition taken = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    TestDefinition untaken = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView attempt = asTrainee.call(() -> attempts.start(taken.getId()));
    asTrainee.call(() -> attempts.submit(attempt.id()));
    String title = taken.getTitle();

    assertThrows(
        NotFoundException.class,
        () -> asOtherCompanysAdmin.call(() -> results.test(taken.getId())));
    assertThrows(
        NotFoundException.class,
        () -> asOtherCompanysAdmin.call(() -> results.attempts(taken.getId())));
    assertThrows(
        NotFoundException.class,
        () -> asOtherCompanysAdmin.call(() -> results.result(attempt.id())));

    WebSession other = WebSession.signedIn(AssessmentFixtures.OTHER_COMPANYS_ADMIN);
    for (String page :
        List.of(
            "/assessment/results.xhtml?test=" + taken.getId(),
            "/assessment/result.xhtml?id=" + attempt.id())) {
      RawHttp.Answer answer = other.get(page);
      assertEquals(404, answer.status(), page);
      assertFalse(answer.text().contains(title), page + " shows the title");
      assertFalse(answer.text().contains("Иван Петров"), page + " shows who took it");
    }
    // the pages of the vendor's people are not for a client administrator at all
    for (String page :
        List.of(
            "/assessment/statistics.xhtml?test=" + taken.getId(),
            "/assessment/test.xhtml?id=" + taken.getId(),
            "/assessment/bank.xhtml?id=" + setup.bank().getId(),
            "/assessment/question.xhtml?bank=" + setup.bank().getId())) {
      RawHttp.Answer answer = other.get(page);
      assertEquals(403, answer.status(), page);
      assertFalse(answer.text().contains(title), page + " shows the title");
      assertFalse(answer.text().contains(setup.bank().getTitle()), page + " shows the bank");
    }

    // the demo trainee's own company sees the test its staff took, not one nobody of it took
    WebSession clientAdmin = WebSession.signedIn("clientadmin");
    RawHttp.Answer own = clientAdmin.get("/assessment/results.xhtml?test=" + taken.getId());
    assertEquals(200, own.status());
    assertTrue(own.text().contains(title));
    assertTrue(own.text().contains("Иван Петров"));
    RawHttp.Answer none = clientAdmin.get("/assessment/results.xhtml?test=" + untaken.getId());
    assertEquals(404, none.status());
    assertFalse(none.text().contains(untaken.getTitle()));
  }

  /**
   * The picture answers 404 exactly as a picture that does not exist does, so nobody can tell that
   * it exists.
   */
  private static void assertNotFoundLikeUnknown(
      WebSession session, long pictureId, long unknownId, String who) {
    RawHttp.Answer refused = picture(session, pictureId);
    RawHttp.Answer unknown = picture(session, unknownId);
    assertEquals(404, refused.status(), who + ": picture " + pictureId);
    assertEquals(404, unknown.status(), who + ": unknown picture");
    assertEquals(header(unknown, "Content-Type"), header(refused, "Content-Type"), who);
    assertEquals(WebSession.comparable(unknown.text()), WebSession.comparable(refused.text()), who);
  }

  private static RawHttp.Answer picture(WebSession session, long id) {
    return session.get("/assessment/file?image=" + id);
  }

  private static String header(RawHttp.Answer response, String name) {
    return Objects.requireNonNullElse(response.header(name), "");
  }
}

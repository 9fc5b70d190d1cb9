package bg.omegasoft.it.assessment;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.entity.Answer;
import java.util.List;

/** The right (or a wrong) answer to each of the fixture's four questions. */
final class Answering {

  private Answering() {}

  static Answer right(AttemptView.Item item) {
    return switch (item.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          Answer.ofOptions(
              List.of(
                  item.options().stream()
                      .filter(o -> o.text().equals("620,20 €"))
                      .findFirst()
                      .orElseThrow()
                      .id()));
      case TRUE_FALSE -> Answer.ofTruth(true);
      case NUMERIC -> Answer.ofText("4321,25");
      case SHORT_ANSWER -> Answer.ofText("  ключ-омега ");
    };
  }

  static Answer wrong(AttemptView.Item item) {
    return switch (item.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          Answer.ofOptions(
              List.of(
                  item.options().stream()
                      .filter(o -> !o.text().equals("620,20 €"))
                      .findFirst()
                      .orElseThrow()
                      .id()));
      case TRUE_FALSE -> Answer.ofTruth(false);
      case NUMERIC -> Answer.ofText("1");
      case SHORT_ANSWER -> Answer.ofText("не знам");
    };
  }
}

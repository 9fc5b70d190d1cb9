package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.assessment.entity.TestKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as the trainee's page and the API see it while it runs: the questions with their
 * options in this attempt's order and the answers given. It carries no scoring key (which option is
 * correct, the expected number, the accepted short answers): those never leave the server before
 * submission.
 */
public record AttemptView(
    long id,
    long testId,
    String title,
    TestKind kind,
    int number,
    AttemptStatus status,
    Instant startedAt,
    Instant deadline,
    Instant serverNow,
    List<Item> items)
    implements Serializable {

  /** One question: its text, picture, options, and the answer given so far with its revision. */
  public record Item(
      long id,
      int position,
      QuestionType type,
      String html,
      Long imageId,
      List<Option> options,
      List<Long> chosen,
      Boolean truth,
      String text,
      int revision)
      implements Serializable {

    public boolean isAnswered() {
      return !chosen.isEmpty() || truth != null || (text != null && !text.isBlank());
    }
  }

  /** An option as shown: its id and text only. */
  public record Option(long id, String text) implements Serializable {

    /** The id as the page's inputs carry it. */
    public String key() {
      return Long.toString(id);
    }
  }

  public long getAnsweredCount() {
    return items.stream().filter(Item::isAnswered).count();
  }

  /** Milliseconds left by the server's clock when the view was made. */
  public long getMillisLeft() {
    return Math.max(0, deadline.toEpochMilli() - serverNow.toEpochMilli());
  }
}

package bg.omegasoft.learning.boundary;

import bg.omegasoft.learning.entity.TrainingSession;
import java.util.List;

/**
 * Figures for a trainer's or a client administrator's dashboard: upcoming sessions, enrolments by
 * state, and the completion rate per programme.
 */
public record Dashboard(
    List<TrainingSession> upcoming,
    int confirmed,
    int waitlisted,
    int completed,
    int cancelled,
    List<ProgrammeFigures> programmes) {

  /** One programme: how many enrolled (confirmed or completed) and how many completed. */
  public record ProgrammeFigures(String title, int enrolled, int completed) {

    /** Completed as a whole percentage of those enrolled. */
    public int getCompletionPercent() {
      return enrolled == 0 ? 0 : completed * 100 / enrolled;
    }

    public String getTitle() {
      return title;
    }

    public int getEnrolled() {
      return enrolled;
    }

    public int getCompleted() {
      return completed;
    }
  }

  /** Completed as a whole percentage of all who held a seat. */
  public int getCompletionPercent() {
    int enrolled = confirmed + completed;
    return enrolled == 0 ? 0 : completed * 100 / enrolled;
  }

  public List<TrainingSession> getUpcoming() {
    return upcoming;
  }

  public int getConfirmed() {
    return confirmed;
  }

  public int getWaitlisted() {
    return waitlisted;
  }

  public int getCompleted() {
    return completed;
  }

  public int getCancelled() {
    return cancelled;
  }

  public List<ProgrammeFigures> getProgrammes() {
    return programmes;
  }
}

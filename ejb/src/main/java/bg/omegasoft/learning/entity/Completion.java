package bg.omegasoft.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A lesson a learner has completed, and when. */
@Embeddable
public class Completion {

  @Column(name = "lesson_id")
  private Long lessonId;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Completion() {}

  Completion(Long lessonId, Instant completedAt) {
    this.lessonId = lessonId;
    this.completedAt = completedAt;
  }

  public Long getLessonId() {
    return lessonId;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Completion c && Objects.equals(lessonId, c.lessonId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(lessonId);
  }
}

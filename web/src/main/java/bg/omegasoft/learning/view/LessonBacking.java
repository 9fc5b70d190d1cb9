package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** learning/lesson.xhtml: a lesson of the learner's own version, marking it completed. */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MyLearning myLearning;

  private Long enrolmentId;
  private Long lessonId;
  private Enrolment enrolment;
  private Lesson lesson;

  public void load() {
    if (enrolmentId == null || lessonId == null) {
      throw new NotFoundException("Lesson", "?");
    }
    enrolment = myLearning.enrolment(enrolmentId);
    lesson = myLearning.lesson(enrolmentId, lessonId);
  }

  public void complete() {
    enrolment = myLearning.completeLesson(enrolmentId, lessonId);
    Messages.info("lesson.completedInfo", enrolment.getProgressPercent());
  }

  /** The lesson after this one in the version, or null at the end. */
  public Lesson getNext() {
    List<Lesson> all = enrolment.getProgrammeVersion().allLessons();
    for (int i = 0; i < all.size() - 1; i++) {
      if (all.get(i).getId().equals(lesson.getId())) {
        return all.get(i + 1);
      }
    }
    return null;
  }

  public boolean isCompleted() {
    return enrolment.hasCompleted(lesson.getId());
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(Long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public Long getLessonId() {
    return lessonId;
  }

  public void setLessonId(Long lessonId) {
    this.lessonId = lessonId;
  }
}

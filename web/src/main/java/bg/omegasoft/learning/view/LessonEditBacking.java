package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** learning/lesson-edit.xhtml: a lesson's rich text, documentation link and attachments. */
@Named
@ViewScoped
public class LessonEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @EJB private Lessons lessons;

  private Long id;
  private Lesson lesson;

  @Size(max = 200)
  private String title;

  private String content;

  @Size(max = 500)
  private String docLink;

  public void load() {
    if (id == null) {
      throw new NotFoundException("Lesson", "?");
    }
    lesson = lessons.lesson(id);
    title = lesson.getTitle();
    content = lesson.getContent();
    docLink = lesson.getDocLink();
  }

  public void save() {
    lesson = lessons.editLesson(id, title, content, docLink);
    content = lesson.getContent();
    Messages.info("saved");
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String kept = lessons.attach(id, file.getFileName(), file.getContent()).getFileName();
    lesson = lessons.lesson(id);
    Messages.info("attachment.added", kept);
  }

  public void detach(long attachmentId) {
    lessons.detach(id, attachmentId);
    lesson = lessons.lesson(id);
  }

  public Lesson getLesson() {
    return lesson;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getDocLink() {
    return docLink;
  }

  public void setDocLink(String docLink) {
    this.docLink = docLink;
  }
}

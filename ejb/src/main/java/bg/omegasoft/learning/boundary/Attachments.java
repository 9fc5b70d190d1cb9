package bg.omegasoft.learning.boundary;

import bg.omegasoft.learning.entity.LearningFile;
import bg.omegasoft.learning.entity.LessonAttachment;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.persistence.EntityManager;

/** Reads an attachment with its bytes; the boundaries decide who may. */
final class Attachments {

  private Attachments() {}

  static FileDownload download(EntityManager em, long attachmentId) {
    LessonAttachment attachment = em.find(LessonAttachment.class, attachmentId);
    if (attachment == null) {
      throw new NotFoundException("LessonAttachment", attachmentId);
    }
    return download(em, attachment);
  }

  static FileDownload download(EntityManager em, LessonAttachment attachment) {
    LearningFile file = em.find(LearningFile.class, attachment.getFileId());
    if (file == null) {
      throw new NotFoundException("LessonAttachment", attachment.getId());
    }
    return new FileDownload(attachment.getFileName(), attachment.getContentType(), file.data());
  }
}

package bg.omegasoft.learning.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an attached file. Kept apart from the attachment so lists never load them, and
 * shared by the copies of a lesson in later versions (the bytes never change).
 */
@Entity
@Table(name = "learning_file")
public class LearningFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private byte[] data;

  protected LearningFile() {}

  public LearningFile(byte[] data) {
    this.data = data.clone();
  }

  public Long getId() {
    return id;
  }

  public byte[] data() {
    return data.clone();
  }
}

package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What staff recorded of an answer received on paper, by e-mail or otherwise: the signer's
 * position, the day signed, the scan kept in the client's PDM space (its file id and name), and who
 * recorded it.
 */
@Embeddable
public class AnswerEvidence {

  @Column(name = "signer_position", length = 100)
  private String signerPosition;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "evidence_file_id")
  private Long fileId;

  @Column(name = "evidence_name", length = 255)
  private String fileName;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  protected AnswerEvidence() {}

  AnswerEvidence(ReceivedAnswer answer, Protocol.Evidence scan, String recordedBy) {
    this.signerPosition = Text.blankToNull(answer.position(), 100);
    this.signedOn = answer.signedOn();
    this.fileId = scan.fileId();
    this.fileName = Text.blankToNull(scan.name(), 255);
    this.recordedBy = recordedBy;
  }

  public String getSignerPosition() {
    return signerPosition;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}

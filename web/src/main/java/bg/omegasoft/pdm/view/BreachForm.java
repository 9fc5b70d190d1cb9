package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.entity.DataBreach;
import bg.omegasoft.shared.control.SofiaTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/** The fields of a breach as the page edits them; times as a person in Sofia reads them. */
public class BreachForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean editing;
  private Long id;
  private int version;
  private LocalDateTime detectedAt;
  private String description;
  private String subjectCategories;
  private Integer subjectsApprox;
  private String dataCategories;
  private Integer recordsApprox;
  private String consequences;
  private String measures;
  private LocalDateTime authorityNotifiedAt;
  private String delayReasons;
  private LocalDateTime subjectsInformedAt;

  void clear() {
    editing = false;
    id = null;
    version = 0;
    detectedAt = null;
    description = subjectCategories = dataCategories = consequences = measures = null;
    delayReasons = null;
    subjectsApprox = recordsApprox = null;
    authorityNotifiedAt = subjectsInformedAt = null;
  }

  void fill(DataBreach b) {
    editing = true;
    id = b.getId();
    version = b.getVersion();
    detectedAt = local(b.getDetectedAt());
    description = b.getDescription();
    subjectCategories = b.getSubjectCategories();
    subjectsApprox = b.getSubjectsApprox();
    dataCategories = b.getDataCategories();
    recordsApprox = b.getRecordsApprox();
    consequences = b.getConsequences();
    measures = b.getMeasures();
    authorityNotifiedAt = local(b.getAuthorityNotifiedAt());
    delayReasons = b.getDelayReasons();
    subjectsInformedAt = local(b.getSubjectsInformedAt());
  }

  DataBreach.Facts facts() {
    return new DataBreach.Facts(
        instant(detectedAt),
        description,
        subjectCategories,
        subjectsApprox,
        dataCategories,
        recordsApprox,
        consequences,
        measures);
  }

  DataBreach.Notification notification() {
    return new DataBreach.Notification(
        instant(authorityNotifiedAt), delayReasons, instant(subjectsInformedAt));
  }

  private static LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, SofiaTime.ZONE);
  }

  private static Instant instant(LocalDateTime at) {
    return at == null ? null : at.atZone(SofiaTime.ZONE).toInstant();
  }

  public boolean isEditing() {
    return editing;
  }

  void setEditing(boolean editing) {
    this.editing = editing;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public LocalDateTime getDetectedAt() {
    return detectedAt;
  }

  public void setDetectedAt(LocalDateTime detectedAt) {
    this.detectedAt = detectedAt;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSubjectCategories() {
    return subjectCategories;
  }

  public void setSubjectCategories(String subjectCategories) {
    this.subjectCategories = subjectCategories;
  }

  public Integer getSubjectsApprox() {
    return subjectsApprox;
  }

  public void setSubjectsApprox(Integer subjectsApprox) {
    this.subjectsApprox = subjectsApprox;
  }

  public String getDataCategories() {
    return dataCategories;
  }

  public void setDataCategories(String dataCategories) {
    this.dataCategories = dataCategories;
  }

  public Integer getRecordsApprox() {
    return recordsApprox;
  }

  public void setRecordsApprox(Integer recordsApprox) {
    this.recordsApprox = recordsApprox;
  }

  public String getConsequences() {
    return consequences;
  }

  public void setConsequences(String consequences) {
    this.consequences = consequences;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public LocalDateTime getAuthorityNotifiedAt() {
    return authorityNotifiedAt;
  }

  public void setAuthorityNotifiedAt(LocalDateTime authorityNotifiedAt) {
    this.authorityNotifiedAt = authorityNotifiedAt;
  }

  public String getDelayReasons() {
    return delayReasons;
  }

  public void setDelayReasons(String delayReasons) {
    this.delayReasons = delayReasons;
  }

  public LocalDateTime getSubjectsInformedAt() {
    return subjectsInformedAt;
  }

  public void setSubjectsInformedAt(LocalDateTime subjectsInformedAt) {
    this.subjectsInformedAt = subjectsInformedAt;
  }
}

package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The confirmation a request from the public form waits for: the address it gave receives a link
 * whose token only the address's owner knows (kept here as its SHA-256, never the token itself),
 * valid until a deadline and good once; or staff confirm it with the client by phone, with a note.
 */
@Embeddable
public class Confirmation {

  @Column(name = "confirmation_token_hash", length = 64)
  private String tokenHash;

  @Column(name = "confirmation_due_at")
  private Instant dueAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "confirmed_by", length = 100)
  private String confirmedBy;

  @Column(name = "confirmation_note", length = 500)
  private String note;

  void ask(String tokenHash, Instant dueAt) {
    this.tokenHash = tokenHash;
    this.dueAt = dueAt;
  }

  void confirm(Instant now, String by, String note) {
    this.confirmedAt = now;
    this.confirmedBy = Text.blankToNull(by, 100);
    this.note = Text.blankToNull(note, 500);
  }

  boolean isExpiredAt(Instant now) {
    return confirmedAt == null && dueAt != null && now.isAfter(dueAt);
  }

  Instant getDueAt() {
    return dueAt;
  }

  Instant getConfirmedAt() {
    return confirmedAt;
  }

  String getConfirmedBy() {
    return confirmedBy;
  }

  String getNote() {
    return note;
  }
}

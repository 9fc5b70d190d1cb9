package bg.omegasoft.shared.boundary;

import jakarta.json.JsonValue;

/**
 * A capability that holds personal data about people with an account, for their rights under the
 * GDPR (access and portability, Art. 15 and 20; erasure, Art. 17). Each capability provides one as
 * a CDI bean; the data subject service asks every one of them, inside the ADMIN's call and its
 * transaction, so a capability's data is never forgotten when it is added later.
 */
public interface PersonalDataHolder {

  /** The person as known before any anonymisation. */
  record DataSubject(long userId, String username, String email) {}

  /** The name of this capability's section in an export, e.g. "learning". */
  String section();

  /** What this capability holds about the person, as JSON. */
  JsonValue export(DataSubject subject);

  /**
   * Replaces what identifies the person with the pseudonym where the law allows it, and keeps what
   * the law requires (e.g. invoices for ten years).
   */
  void anonymise(DataSubject subject, String pseudonym);
}

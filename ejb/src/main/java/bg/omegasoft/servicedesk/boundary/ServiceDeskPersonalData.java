package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.pdm.boundary.Quarantine;
import bg.omegasoft.shared.boundary.PersonalDataHolder;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * What the service desk holds about a person with an account: the requests they filed (found by
 * their e-mail address or user name) with the consent they gave, the e-mails they sent, and the
 * messages they wrote in a request's conversation (staff replies and notes, portal answers).
 * Anonymising keeps the requests (they are the client's service history and the evidence behind
 * billed work) but replaces the person's name, address, phone and the consent's author with the
 * pseudonym, also as the author and sender of the messages they wrote (the texts stay: they are the
 * request's history). Files the person sent by e-mail are listed with where they went; erasure
 * deletes those still held in PDM's quarantine (files filed into a client's space are that client's
 * data, like the person's uploads). Phone calls name callers only as free text and are not linked
 * to accounts.
 */
@ApplicationScoped
public class ServiceDeskPersonalData implements PersonalDataHolder {

  /**
   * The consent names its author as "Name <e-mail>" (web form, e-mail), "Name (user name)" (portal)
   * or by the address alone.
   */
  private static final String CONSENT_BY_PERSON =
      " (consent_given_by in (?1, ?2) or consent_given_by like concat('%<', ?1, '>')"
          + " or consent_given_by like concat('%(', ?2, ')'))";

  private static final String BY_PERSON =
      " (lower(requester_email) = lower(?1) or created_by = ?2 or" + CONSENT_BY_PERSON + ")";

  @PersistenceContext private EntityManager em;
  @EJB private Quarantine quarantine;

  @Override
  public String section() {
    return "servicedesk";
  }

  @Override
  public JsonValue export(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> requests =
        em.createNativeQuery(
                "select number, type, status, channel, received_at, company_name, requester_name,"
                    + " requester_email, requester_phone, subject, consent_given_by,"
                    + " consent_given_at, consent_channel from service_request where"
                    + BY_PERSON
                    + " order by received_at")
            .setParameter(1, email(subject))
            .setParameter(2, subject.username())
            .getResultList();
    JsonArrayBuilder filed = Json.createArrayBuilder();
    for (Object[] r : requests) {
      filed.add(
          Json.createObjectBuilder()
              .add("number", text(r[0]))
              .add("type", text(r[1]))
              .add("status", text(r[2]))
              .add("channel", text(r[3]))
              .add("receivedAt", text(r[4]))
              .add("company", text(r[5]))
              .add("requesterName", text(r[6]))
              .add("requesterEmail", text(r[7]))
              .add("requesterPhone", text(r[8]))
              .add("subject", text(r[9]))
              .add(
                  "consent",
                  Json.createObjectBuilder()
                      .add("givenBy", text(r[10]))
                      .add("givenAt", text(r[11]))
                      .add("channel", text(r[12]))));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> mails =
        em.createNativeQuery(
                "select m.occurred_at, m.subject, r.number from request_message m"
                    + " join service_request r on r.id = m.request_id"
                    + " where lower(m.sender) = lower(?) order by m.occurred_at")
            .setParameter(1, email(subject))
            .getResultList();
    JsonArrayBuilder sent = Json.createArrayBuilder();
    for (Object[] m : mails) {
      sent.add(
          Json.createObjectBuilder()
              .add("at", text(m[0]))
              .add("subject", text(m[1]))
              .add("request", text(m[2])));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> written =
        em.createNativeQuery(
                "select m.occurred_at, m.kind, m.direction, m.body, r.number from request_message m"
                    + " join service_request r on r.id = m.request_id"
                    + " where m.author = ? order by m.occurred_at")
            .setParameter(1, subject.username())
            .getResultList();
    JsonArrayBuilder messages = Json.createArrayBuilder();
    for (Object[] m : written) {
      messages.add(
          Json.createObjectBuilder()
              .add("at", text(m[0]))
              .add("kind", text(m[1]))
              .add("direction", text(m[2]))
              .add("text", text(m[3]))
              .add("request", text(m[4])));
    }
    return Json.createObjectBuilder()
        .add("requests", filed)
        .add("emails", sent)
        .add("messages", messages)
        .add("emailAttachments", attachments(subject))
        .build();
  }

  /**
   * The files the person sent by e-mail: where each went (a file of a client's PDM space, the
   * encrypted quarantine and its state, or refused); never their content.
   */
  private JsonArrayBuilder attachments(DataSubject subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select q.file_name, q.size_bytes, q.sha256, m.read_at, r.number, q.pdm_file_id,"
                    + " q.pdm_quarantine_id, p.state, q.refusal from mail_quarantine q"
                    + " join mail_intake m on m.id = q.mail_intake_id"
                    + " left join service_request r on r.id = m.request_id"
                    + " left join pdm_quarantine p on p.id = q.pdm_quarantine_id"
                    + " where lower(m.sender) = lower(?) order by m.read_at, q.id")
            .setParameter(1, email(subject))
            .getResultList();
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (Object[] r : rows) {
      files.add(
          Json.createObjectBuilder()
              .add("name", text(r[0]))
              .add("sizeBytes", text(r[1]))
              .add("sha256", text(r[2]))
              .add("receivedAt", text(r[3]))
              .add("request", text(r[4]))
              .add("pdmFileId", text(r[5]))
              .add("quarantineId", text(r[6]))
              .add("quarantineState", text(r[7]))
              .add("refusal", text(r[8])));
    }
    return files;
  }

  @Override
  public void anonymise(DataSubject subject, String pseudonym) {
    if (subject.email() != null) {
      quarantine.erase(subject.email(), pseudonym);
      em.createNativeQuery("update mail_intake set sender = ?2 where lower(sender) = lower(?1)")
          .setParameter(1, subject.email())
          .setParameter(2, pseudonym)
          .executeUpdate();
    }
    em.createNativeQuery(
            "update service_request set requester_name = ?3, requester_email = null,"
                + " requester_phone = null where lower(requester_email) = lower(?1)"
                + " or created_by = ?2")
        .setParameter(1, email(subject))
        .setParameter(2, subject.username())
        .setParameter(3, pseudonym)
        .executeUpdate();
    em.createNativeQuery(
            "update service_request set consent_given_by = ?3 where" + CONSENT_BY_PERSON)
        .setParameter(1, email(subject))
        .setParameter(2, subject.username())
        .setParameter(3, pseudonym)
        .executeUpdate();
    em.createNativeQuery("update service_request set created_by = ?2 where created_by = ?1")
        .setParameter(1, subject.username())
        .setParameter(2, pseudonym)
        .executeUpdate();
    em.createNativeQuery(
            "update request_message set author = ?2, sender = case when direction = 'IN'"
                + " or kind = 'NOTE' then ?2 else sender end where author = ?1")
        .setParameter(1, subject.username())
        .setParameter(2, pseudonym)
        .executeUpdate();
    em.createNativeQuery("update request_message set sender = ?2 where lower(sender) = lower(?1)")
        .setParameter(1, email(subject))
        .setParameter(2, pseudonym)
        .executeUpdate();
  }

  /** A person without an e-mail address matches nothing by address. */
  private static String email(DataSubject subject) {
    return subject.email() == null ? "" : subject.email();
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}

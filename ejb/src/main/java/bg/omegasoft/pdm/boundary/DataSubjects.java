package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.boundary.AccountErasure;
import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.PersonalDataHolder;
import bg.omegasoft.shared.entity.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Data subject rights for an ADMIN acting on a person's request (a trainee or a client's contact,
 * i.e. a user account): an export of everything the platform holds about the person (GDPR Art. 15
 * and 20), and erasure by anonymisation where the law allows it (Art. 17). Both are recorded in the
 * platform audit and, where a space's data is concerned, in that space's audit, so the client sees
 * that its data was touched.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DataSubjects {

  /** What the export states about data kept by law: the buyer details on issued documents. */
  static final String RETENTION_NOTE =
      "Issued invoices, credit notes and debit notes keep the buyer (company) details as they were"
          + " at issue for 10 years (Accountancy Act, VAT Act); anonymisation never changes them."
          + " Invoices name the client company, not persons.";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AccountErasure accounts;
  @EJB private AuditTrail audit;
  @EJB private SpaceLog log;
  @EJB private SpaceGate gate;
  @EJB private Outbox outbox;
  @Inject @Any private Instance<PersonalDataHolder> holders;

  private final Clock clock = Clock.systemUTC();

  /** What the other capabilities hold about the person, one section each. */
  private JsonObject capabilities(PersonalDataHolder.DataSubject subject) {
    JsonObjectBuilder sections = Json.createObjectBuilder();
    for (PersonalDataHolder holder : holders) {
      sections.add(holder.section(), holder.export(subject));
    }
    return sections.build();
  }

  private static PersonalDataHolder.DataSubject subjectOf(User user) {
    return new PersonalDataHolder.DataSubject(user.getId(), user.getUsername(), user.getEmail());
  }

  public List<User> search(String text) {
    return accounts.search(text);
  }

  public User account(long userId) {
    return accounts.account(userId);
  }

  /** Everything held about the person, as JSON. */
  public JsonObject export(long userId) {
    User user = accounts.account(userId);
    List<PdmFile> files = uploadsOf(user);
    JsonObject export =
        Json.createObjectBuilder()
            .add("exportedAt", Instant.now(clock).toString())
            .add("exportedBy", session.getCallerPrincipal().getName())
            .add("account", account(user))
            .add("apiTokens", tokens(userId))
            .add("auditEvents", auditEvents(user))
            .add("pdm", pdm(user, files))
            .add("capabilities", capabilities(subjectOf(user)))
            .add("notes", Json.createArrayBuilder().add(RETENTION_NOTE))
            .build();
    audit.record("DATA_SUBJECT_EXPORTED", "User", userId, null);
    User admin = gate.caller().orElseThrow();
    for (Long clientId : spacesOf(files)) {
      log.record(
          clientId,
          admin,
          Side.VENDOR,
          SpaceEvent.Action.SUBJECT_EXPORTED,
          null,
          user.getUsername());
    }
    return export;
  }

  /**
   * Anonymises the person: the account no longer names them and cannot sign in; their access to
   * spaces ends; their name is replaced by the pseudonym in the audits; their pending e-mails go.
   * Files they uploaded stay (they are the client's data, under the client's retention).
   */
  public String anonymise(long userId) {
    User user = accounts.account(userId);
    if (user.getUsername().equals(session.getCallerPrincipal().getName())) {
      throw new AnonymisationRefusedException("pdm.subject.self");
    }
    if (accounts.isLastAdministrator(userId)) {
      throw new AnonymisationRefusedException("pdm.subject.lastAdministrator");
    }
    String username = user.getUsername();
    PersonalDataHolder.DataSubject subject = subjectOf(user);
    Set<Long> spaces = new TreeSet<>(spacesOf(uploadsOf(user)));
    em.createNamedQuery(AccessGrant.FIND_BY_USER, AccessGrant.class)
        .setParameter("userId", userId)
        .getResultStream()
        .forEach(g -> spaces.add(removed(g, g.getClientId())));
    em.createNamedQuery(StaffAssignment.FIND_BY_USER, StaffAssignment.class)
        .setParameter("userId", userId)
        .getResultStream()
        .forEach(a -> spaces.add(removed(a, a.getClientId())));
    outbox.forget(userId);
    String pseudonym = accounts.anonymise(userId);
    for (PersonalDataHolder holder : holders) {
      holder.anonymise(subject, pseudonym);
    }
    em.createQuery(
            "update SpaceEvent e set e.actor = :pseudonym, e.actorName = :pseudonym"
                + " where e.actorUserId = :userId or e.actor = :username")
        .setParameter("pseudonym", pseudonym)
        .setParameter("userId", userId)
        .setParameter("username", username)
        .executeUpdate();
    em.createQuery("update SpaceEvent e set e.detail = :pseudonym where e.detail = :username")
        .setParameter("pseudonym", pseudonym)
        .setParameter("username", username)
        .executeUpdate();
    audit.pseudonymise(username, pseudonym);
    audit.record("DATA_SUBJECT_ANONYMISED", "User", userId, null);
    User admin = gate.caller().orElseThrow();
    for (Long clientId : spaces) {
      log.record(
          clientId, admin, Side.VENDOR, SpaceEvent.Action.SUBJECT_ANONYMISED, null, pseudonym);
    }
    return pseudonym;
  }

  private Long removed(Object grantOrAssignment, Long clientId) {
    em.remove(grantOrAssignment);
    return clientId;
  }

  private List<PdmFile> uploadsOf(User user) {
    return em.createNamedQuery(PdmFile.FIND_BY_UPLOADER, PdmFile.class)
        .setParameter("user", user)
        .getResultList();
  }

  private static Set<Long> spacesOf(List<PdmFile> files) {
    Set<Long> spaces = new TreeSet<>();
    files.forEach(f -> spaces.add(f.getClientId()));
    return spaces;
  }

  private JsonObjectBuilder account(User user) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    user.getRoles().stream().map(Role::name).sorted().forEach(roles::add);
    JsonObjectBuilder account =
        Json.createObjectBuilder()
            .add("id", user.getId())
            .add("username", user.getUsername())
            .add("fullName", user.getFullName())
            .add("roles", roles)
            .add("enabled", user.isEnabled())
            .add("language", user.getLocale());
    put(account, "email", user.getEmail());
    put(account, "clientId", user.getClientId());
    put(
        account,
        "clientName",
        user.getClientId() == null ? null : gate.clientName(user.getClientId()));
    put(account, "createdAt", user.getCreatedAt());
    put(account, "lastSignInAt", user.getLastSignInAt());
    put(account, "passwordChangedAt", user.getPasswordChangedAt());
    return account;
  }

  private JsonArrayBuilder tokens(long userId) {
    JsonArrayBuilder tokens = Json.createArrayBuilder();
    for (ApiToken token : accounts.tokens(userId)) {
      JsonObjectBuilder t =
          Json.createObjectBuilder().add("name", token.getName()).add("prefix", token.getPrefix());
      put(t, "createdAt", token.getCreatedAt());
      put(t, "expiresAt", token.getExpiresAt());
      put(t, "lastUsedAt", token.getLastUsedAt());
      put(t, "revokedAt", token.getRevokedAt());
      tokens.add(t);
    }
    return tokens;
  }

  private JsonArrayBuilder auditEvents(User user) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (AuditEvent event : audit.about(user.getUsername(), user.getId())) {
      JsonObjectBuilder e =
          Json.createObjectBuilder()
              .add("occurredAt", event.getOccurredAt().toString())
              .add("actor", event.getActor())
              .add("action", event.getAction());
      put(e, "subjectType", event.getSubjectType());
      put(e, "subjectId", event.getSubjectId());
      put(e, "detail", event.getDetail());
      put(e, "sourceAddress", event.getSourceAddress());
      events.add(e);
    }
    return events;
  }

  private JsonObjectBuilder pdm(User user, List<PdmFile> files) {
    JsonArrayBuilder uploads = Json.createArrayBuilder();
    for (PdmFile file : files) {
      JsonObjectBuilder f =
          Json.createObjectBuilder()
              .add("fileId", file.getId())
              .add("clientId", file.getClientId())
              .add("name", file.getName())
              .add("sizeBytes", file.getSizeBytes())
              .add("sha256", file.getSha256())
              .add("legalBasis", file.getLegalBasis().name())
              .add("purpose", file.getPurpose())
              .add("uploadedAt", file.getUploadedAt().toString())
              .add("retainUntil", file.getRetainUntil().toString())
              .add("state", file.getState().name());
      uploads.add(f);
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (SpaceEvent event :
        em.createNamedQuery(SpaceEvent.FIND_BY_ACTOR, SpaceEvent.class)
            .setParameter("userId", user.getId())
            .getResultList()) {
      JsonObjectBuilder e =
          Json.createObjectBuilder()
              .add("clientId", event.getClientId())
              .add("occurredAt", event.getOccurredAt().toString())
              .add("action", event.getAction().name());
      put(e, "fileId", event.getFileId());
      put(e, "fileName", event.getFileName());
      put(e, "detail", event.getDetail());
      put(e, "sourceAddress", event.getSourceAddress());
      events.add(e);
    }
    JsonArrayBuilder access = Json.createArrayBuilder();
    em.createNamedQuery(AccessGrant.FIND_BY_USER, AccessGrant.class)
        .setParameter("userId", user.getId())
        .getResultStream()
        .forEach(
            g ->
                access.add(
                    Json.createObjectBuilder()
                        .add("clientId", g.getClientId())
                        .add("kind", "GRANT")
                        .add("since", g.getGrantedAt().toString())));
    em.createNamedQuery(StaffAssignment.FIND_BY_USER, StaffAssignment.class)
        .setParameter("userId", user.getId())
        .getResultStream()
        .forEach(
            a ->
                access.add(
                    Json.createObjectBuilder()
                        .add("clientId", a.getClientId())
                        .add("kind", "ASSIGNMENT")
                        .add("since", a.getAssignedAt().toString())));
    JsonArrayBuilder notices = Json.createArrayBuilder();
    outbox.addressedTo(user.getId()).stream()
        .filter(m -> m.getTopic() != null && m.getTopic().startsWith("pdm-file:"))
        .forEach(
            m -> {
              JsonObjectBuilder o =
                  Json.createObjectBuilder()
                      .add("about", m.getTopic())
                      .add("recipientEmail", m.getRecipient())
                      .add("subject", m.getSubject())
                      .add("createdAt", m.getCreatedAt().toString());
              put(o, "sentAt", m.getSentAt());
              notices.add(o);
            });
    return Json.createObjectBuilder()
        .add("filesUploaded", uploads)
        .add("spaceEvents", events)
        .add("spaceAccess", access)
        .add("notifications", notices);
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else if (value instanceof Long number) {
      json.add(name, number);
    } else {
      json.add(name, value.toString());
    }
  }
}

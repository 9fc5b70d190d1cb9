package bg.omegasoft.notifications.control;

import bg.omegasoft.identity.boundary.Recipients;
import bg.omegasoft.identity.boundary.Recipients.Recipient;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.notifications.entity.Arguments;
import bg.omegasoft.notifications.entity.MailChoice;
import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.control.PublicAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps every notice, in the transaction of the change it reports (a notification exists exactly
 * when the change committed): one notification for each active person of the audience, the same
 * notice twice kept once, and one mail to each of them who chose mail for its kind, in their
 * language.
 */
@Stateless
@PermitAll
public class NoticeKeeper {

  /** The notifications page, where a person also changes their choices of mail. */
  public static final String CHOICES_PAGE = "/notifications/settings.xhtml";

  /**
   * Inserted unless the person has it already; a notice kept at the same moment by another
   * transaction waits for it and changes nothing, rather than failing the change it reports.
   */
  private static final String INSERT =
      "insert into notification (recipient_id, kind, message_key, arguments, link, dedup_key,"
          + " created_at) values (?, ?, ?, ?, ?, ?, ?) on duplicate key update id = id";

  @PersistenceContext private EntityManager em;
  @EJB private Recipients recipients;
  @EJB private Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  public void keep(@Observes Notice notice) {
    Instant now = Instant.now(clock);
    List<Recipient> people = audience(notice.audience());
    if (people.isEmpty()) {
      return;
    }
    Set<Long> mailed = choseMail(notice.kind(), people);
    // the notice as every person keeps it (link checked, key within its length)
    Notification template = new Notification(0, notice, now);
    String arguments = new Arguments().convertToDatabaseColumn(notice.arguments());
    for (Recipient person : people) {
      if (kept(person.userId(), template.getDedupKey())) {
        continue;
      }
      em.createNativeQuery(INSERT)
          .setParameter(1, person.userId())
          .setParameter(2, notice.kind().name())
          .setParameter(3, notice.messageKey())
          .setParameter(4, arguments)
          .setParameter(5, template.getLink())
          .setParameter(6, template.getDedupKey())
          .setParameter(7, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
          .executeUpdate();
      if (mailed.contains(person.userId()) && person.email() != null) {
        mail(person, template);
      }
    }
  }

  /** Every active person of the audience, once each, whichever ways they belong to it. */
  List<Recipient> audience(Notice.Audience audience) {
    Map<Long, Recipient> people = new LinkedHashMap<>();
    if (audience.role() != null) {
      recipients.withRole(audience.role()).forEach(r -> people.putIfAbsent(r.userId(), r));
    }
    if (audience.clientId() != null) {
      recipients
          .clientAdministrators(audience.clientId())
          .forEach(r -> people.putIfAbsent(r.userId(), r));
    }
    recipients.users(audience.userIds()).forEach(r -> people.putIfAbsent(r.userId(), r));
    return List.copyOf(people.values());
  }

  private boolean kept(long userId, String key) {
    return em.createNamedQuery(Notification.KEPT, Long.class)
            .setParameter("user", userId)
            .setParameter("key", key)
            .getSingleResult()
        > 0;
  }

  private Set<Long> choseMail(Notice.Kind kind, List<Recipient> people) {
    List<Long> ids = people.stream().map(Recipient::userId).toList();
    Map<Long, List<MailChoice>> choices =
        em.createNamedQuery(MailChoice.OF_USERS_FOR, MailChoice.class)
            .setParameter("users", ids)
            .setParameter("kind", kind)
            .getResultStream()
            .collect(Collectors.groupingBy(MailChoice::getUserId));
    return ids.stream()
        .filter(id -> MailChoice.byMail(kind, choices.getOrDefault(id, List.of())))
        .collect(Collectors.toSet());
  }

  private void mail(Recipient person, Notification notification) {
    Locale language = MailTexts.language(Locale.forLanguageTag(person.language()));
    String address = PublicAddress.url();
    String link = notification.getLink() == null ? address + "/" : address + notification.getLink();
    outbox.queue(
        Letter.to(person.email())
            .in(language)
            .template(
                "notifications.mail",
                locale -> new Object[] {notification.text(locale), link, address + CHOICES_PAGE})
            .once(mailKey(notification.getDedupKey(), person.userId()))
            .forUser(person.userId()));
  }

  /** The mail's business event: this notice for this person (within the outbox's key length). */
  static String mailKey(String dedupKey, long userId) {
    return Notification.key("notice:" + userId + ":" + dedupKey);
  }
}

package bg.omegasoft.notifications.entity;

import bg.omegasoft.shared.boundary.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's choice whether a kind of notice also comes by e-mail. Without a choice the default
 * holds: by mail what asks for the person's action or has a deadline (a protocol to accept, a
 * clock's warning or breach, a client's reply); only in the bell what comes often (new requests,
 * offers waiting, referrals).
 */
@Entity
@Table(name = "notification_mail_choice")
@NamedQuery(name = MailChoice.OF_USER, query = "select c from MailChoice c where c.userId = :user")
@NamedQuery(
    name = MailChoice.OF_USERS_FOR,
    query = "select c from MailChoice c where c.userId in :users and c.kind = :kind")
@NamedQuery(
    name = MailChoice.REMOVE_OF_USER,
    query = "delete from MailChoice c where c.userId = :user")
public class MailChoice {

  public static final String OF_USER = "MailChoice.ofUser";
  public static final String OF_USERS_FOR = "MailChoice.ofUsersFor";
  public static final String REMOVE_OF_USER = "MailChoice.removeOfUser";

  /** The kinds that come by mail unless the person said otherwise. */
  public static final Set<Notice.Kind> BY_MAIL_BY_DEFAULT =
      EnumSet.of(
          Notice.Kind.PROTOCOL_TO_ACCEPT,
          Notice.Kind.CLOCK_WARNING,
          Notice.Kind.CLOCK_BREACHED,
          Notice.Kind.REQUEST_REPLY);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Notice.Kind kind;

  @Column(name = "by_mail", nullable = false)
  private boolean byMail;

  protected MailChoice() {}

  public MailChoice(long userId, Notice.Kind kind, boolean byMail) {
    this.userId = userId;
    this.kind = kind;
    this.byMail = byMail;
  }

  /** Every kind with whether it comes by mail: the person's choices over the defaults. */
  public static Map<Notice.Kind, Boolean> effective(List<MailChoice> choices) {
    Map<Notice.Kind, Boolean> byKind = new EnumMap<>(Notice.Kind.class);
    for (Notice.Kind kind : Notice.Kind.values()) {
      byKind.put(kind, BY_MAIL_BY_DEFAULT.contains(kind));
    }
    choices.forEach(c -> byKind.put(c.kind, c.byMail));
    return byKind;
  }

  /** Whether a person with these choices (of any kinds) gets this kind by mail. */
  public static boolean byMail(Notice.Kind kind, List<MailChoice> choices) {
    return effective(choices).get(kind);
  }

  public void choose(boolean byMail) {
    this.byMail = byMail;
  }

  public long getUserId() {
    return userId;
  }

  public Notice.Kind getKind() {
    return kind;
  }

  public boolean isByMail() {
    return byMail;
  }
}

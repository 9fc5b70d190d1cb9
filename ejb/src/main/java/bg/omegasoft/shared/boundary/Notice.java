package bg.omegasoft.shared.boundary;

import java.util.List;
import java.util.Objects;

/**
 * Something a person should hear about (a CDI event, fired in the transaction of the change it
 * reports): a new request, a reply, a protocol to accept, a clock warning, an offer waiting. The
 * notification centre keeps it for each person of the audience and mails it to those who chose mail
 * for its kind; the capability that fires it knows nothing of either.
 *
 * @param kind what happened, which also decides who may choose mail for it
 * @param audience who should hear about it
 * @param messageKey the key of the text in the mail bundle ({@code messaging/boundary/mail})
 * @param arguments the text's arguments, already formatted
 * @param link the page that shows the matter, relative to the application (e.g. {@code
 *     /servicedesk/request.xhtml?id=12}), or {@code null}
 * @param dedupKey the same key twice is one notice (e.g. {@code express-warning:SR-2027-000012})
 */
public record Notice(
    Kind kind,
    Audience audience,
    String messageKey,
    List<String> arguments,
    String link,
    String dedupKey) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(dedupKey, "dedupKey");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /** What a notice is about. */
  public enum Kind {
    REQUEST_NEW,
    REQUEST_REPLY,
    PROTOCOL_TO_ACCEPT,
    CLOCK_WARNING,
    CLOCK_BREACHED,
    OFFER_WAITING,
    REFERRAL
  }

  /**
   * Who hears about a notice: every holder of a role (e.g. {@code STAFF}), the client
   * administrators of one client, or named users.
   */
  public record Audience(String role, Long clientId, List<Long> userIds) {
    public Audience {
      userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    public static Audience role(String role) {
      return new Audience(role, null, List.of());
    }

    public static Audience clientAdministrators(long clientId) {
      return new Audience(null, clientId, List.of());
    }

    public static Audience users(List<Long> userIds) {
      return new Audience(null, null, userIds);
    }
  }
}

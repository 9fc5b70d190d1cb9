package bg.omegasoft.messaging.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a capability hands the outbox: to whom, which template (a key prefix of the mail bundle,
 * {@code <template>.subject} and {@code <template>.body}) with its data, in which language, and the
 * business event it tells about (the dedup key). Texts are made when queued, so the mail reads as
 * the change it tells about was.
 */
public final class Letter {

  /** A file sent with the mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  private final List<String> recipients;
  private Locale language = MailTexts.BULGARIAN;
  private boolean bilingual;
  private String template;
  private Function<Locale, Object[]> arguments = locale -> new Object[0];
  private String subjectPrefix = "";
  private String signature;
  private String dedupKey;
  private String topic;
  private Long recipientUserId;
  private String inReplyTo;
  private final List<Attachment> attachments = new ArrayList<>();

  private Letter(List<String> recipients) {
    this.recipients = List.copyOf(recipients);
  }

  public static Letter to(String... recipients) {
    return new Letter(List.of(recipients));
  }

  public static Letter to(List<String> recipients) {
    return new Letter(recipients);
  }

  /** The recipient's language (Bulgarian unless English). */
  public Letter in(Locale language) {
    this.language = MailTexts.language(language);
    return this;
  }

  /** The recipient's language is not known: Bulgarian, then English. */
  public Letter bilingual() {
    this.bilingual = true;
    return this;
  }

  public Letter template(String template, Object... arguments) {
    return template(template, locale -> arguments);
  }

  /** A template whose arguments are themselves texts or formats of each language. */
  public Letter template(String template, Function<Locale, Object[]> arguments) {
    this.template = template;
    this.arguments = arguments;
    return this;
  }

  /** Text put before the subject (a request's number in brackets, for replies to find it). */
  public Letter subjectPrefix(String prefix) {
    this.subjectPrefix = prefix;
    return this;
  }

  /** A key of the bundle put below the body. */
  public Letter signedWith(String key) {
    this.signature = key;
    return this;
  }

  /** The business event the mail tells about: a second letter with the same key is not queued. */
  public Letter once(String dedupKey) {
    this.dedupKey = dedupKey;
    return this;
  }

  /** What the mail is about, for the capability to find its mails again. */
  public Letter about(String topic) {
    this.topic = topic;
    return this;
  }

  /** The platform user the mail is addressed to. */
  public Letter forUser(Long userId) {
    this.recipientUserId = userId;
    return this;
  }

  public Letter inReplyTo(String messageId) {
    this.inReplyTo = messageId;
    return this;
  }

  public Letter attach(String fileName, String contentType, byte[] content) {
    attachments.add(new Attachment(fileName, contentType, content.clone()));
    return this;
  }

  List<String> recipients() {
    return recipients;
  }

  String language() {
    return bilingual ? MailTexts.BULGARIAN.getLanguage() : language.getLanguage();
  }

  String subject() {
    Objects.requireNonNull(template, "A letter needs a template");
    String key = template + ".subject";
    if (!bilingual) {
      return subjectPrefix + MailTexts.text(language, key, arguments.apply(language));
    }
    return subjectPrefix
        + MailTexts.text(MailTexts.BULGARIAN, key, arguments.apply(MailTexts.BULGARIAN))
        + " / "
        + MailTexts.text(Locale.ENGLISH, key, arguments.apply(Locale.ENGLISH));
  }

  String body() {
    if (!bilingual) {
      return body(language);
    }
    return body(MailTexts.BULGARIAN) + "\n— — —\n\n" + body(Locale.ENGLISH);
  }

  private String body(Locale locale) {
    String text = MailTexts.text(locale, template + ".body", arguments.apply(locale));
    return signature == null
        ? text + "\n"
        : text + "\n\n" + MailTexts.text(locale, signature) + "\n";
  }

  String dedupKey() {
    return dedupKey;
  }

  String topic() {
    return topic;
  }

  Long recipientUserId() {
    return recipientUserId;
  }

  String inReplyTo() {
    return inReplyTo;
  }

  List<Attachment> attachments() {
    return attachments;
  }
}

package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A text staff start a reply from, per request type and language (e.g. "more information needed"
 * for a password recovery, in Bulgarian). Its placeholders {number}, {client}, {requester} and
 * {consultant} are filled from the request; any other text in braces stays as written.
 */
@Entity
@Table(name = "reply_template")
@NamedQuery(
    name = ReplyTemplate.FIND_ALL,
    query = "select t from ReplyTemplate t order by t.requestType, t.code, t.language")
@NamedQuery(
    name = ReplyTemplate.FIND_BY_TYPE,
    query =
        "select t from ReplyTemplate t where t.requestType = :type"
            + " order by t.language, t.code")
public class ReplyTemplate {

  public static final String FIND_ALL = "ReplyTemplate.findAll";
  public static final String FIND_BY_TYPE = "ReplyTemplate.findByType";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false, length = 30)
  private RequestType requestType;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Version private int version;

  protected ReplyTemplate() {}

  public ReplyTemplate(
      RequestType requestType, String code, String language, String title, String body) {
    this.requestType = requestType;
    this.code = code;
    this.language = language;
    rewrite(title, body);
  }

  /** The words a template may hold, with what each stands for. */
  public record Values(String number, String client, String requester, String consultant) {}

  /** The template's text with the request's values in place of its placeholders. */
  public String fill(Values values) {
    String text = body;
    String[][] placeholders = {
      {"{number}", values.number()},
      {"{client}", values.client()},
      {"{requester}", values.requester()},
      {"{consultant}", values.consultant()}
    };
    for (String[] p : placeholders) {
      text = text.replace(p[0], p[1] == null ? "" : p[1]);
    }
    return text;
  }

  /** Staff change the title and the text; both are needed. */
  public void rewrite(String title, String body) {
    if (title == null || title.isBlank()) {
      throw new RequestRuleException("sd.template.titleRequired");
    }
    if (body == null || body.isBlank()) {
      throw new RequestRuleException("sd.template.bodyRequired");
    }
    if (body.length() > RequestMessage.MAX_TEXT) {
      throw new RequestRuleException("sd.conversation.textTooLong", RequestMessage.MAX_TEXT);
    }
    String line = PlainText.line(title).strip();
    this.title = line.length() <= 120 ? line : line.substring(0, 120);
    this.body = PlainText.text(body).strip();
  }

  public Long getId() {
    return id;
  }

  public RequestType getRequestType() {
    return requestType;
  }

  public String getCode() {
    return code;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public int getVersion() {
    return version;
  }
}

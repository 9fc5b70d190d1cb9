package bg.omegasoft.servicedesk.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MIME message into an {@link IncomingMail}: the plain text (or the HTML without tags), the
 * attachments with their size and SHA-256 (content kept up to {@link #KEEP_LIMIT}), and the headers
 * that thread a reply. A structure it cannot read raises an exception; the caller sets the mail
 * aside with that reason.
 */
public final class MailParser {

  public static final int TEXT_LIMIT = 20_000;
  public static final int KEEP_LIMIT = 5 * 1024 * 1024;
  private static final int NESTING_LIMIT = 10;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

  private MailParser() {}

  public static IncomingMail parse(MimeMessage message) throws MessagingException, IOException {
    Address[] from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
      throw new MessagingException("no sender address");
    }
    Collected collected = new Collected();
    walk(message, collected, 0);
    String text =
        collected.plain.length() > 0
            ? collected.plain.toString()
            : stripHtml(collected.html.toString());
    text = text.strip();
    if (text.length() > TEXT_LIMIT) {
      text = text.substring(0, TEXT_LIMIT);
    }
    List<String> references = new ArrayList<>();
    for (String header : new String[] {"In-Reply-To", "References"}) {
      String[] values = message.getHeader(header);
      if (values != null) {
        for (String value : values) {
          Matcher matcher = MESSAGE_ID.matcher(value);
          while (matcher.find()) {
            references.add(matcher.group());
          }
        }
      }
    }
    String subject = message.getSubject();
    return new IncomingMail(
        sender.getAddress() == null ? null : sender.getAddress().strip().toLowerCase(Locale.ROOT),
        sender.getPersonal(),
        subject == null ? "" : subject.strip(),
        message.getMessageID(),
        references,
        text,
        collected.attachments,
        automatic(message, sender.getAddress()));
  }

  private static void walk(Part part, Collected collected, int depth)
      throws MessagingException, IOException {
    if (depth > NESTING_LIMIT) {
      throw new MessagingException("MIME parts nested too deeply");
    }
    String fileName = fileName(part);
    boolean attachment =
        Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
            || fileName != null
            || part.isMimeType("message/rfc822");
    if (part.isMimeType("multipart/*") && !attachment) {
      Object content = part.getContent();
      if (!(content instanceof Multipart multipart)) {
        throw new MessagingException("multipart without parts");
      }
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child, collected, depth + 1);
      }
    } else if (attachment) {
      collected.attachments.add(attachment(part, fileName));
    } else if (part.isMimeType("text/plain")) {
      collected.plain.append(content(part)).append('\n');
    } else if (part.isMimeType("text/html")) {
      collected.html.append(content(part)).append('\n');
    } else {
      collected.attachments.add(attachment(part, null));
    }
  }

  private static String content(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    return content instanceof String text ? text : "";
  }

  private static IncomingMail.Attachment attachment(Part part, String fileName)
      throws MessagingException, IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long size = 0;
    try (InputStream in = new DigestInputStream(part.getInputStream(), sha)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (size + n <= KEEP_LIMIT) {
          kept.write(buffer, 0, n);
        }
        size += n;
      }
    }
    String type = part.getContentType();
    return new IncomingMail.Attachment(
        fileName,
        type == null ? null : type.split(";")[0].strip(),
        size,
        HexFormat.of().formatHex(sha.digest()),
        size <= KEEP_LIMIT ? kept.toByteArray() : null);
  }

  private static String fileName(Part part) throws MessagingException {
    String name = part.getFileName();
    if (name == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(name);
    } catch (UnsupportedEncodingException e) {
      return name;
    }
  }

  static String stripHtml(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
        .replaceAll("<[^>]+>", " ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replaceAll("[ \\t]+", " ")
        .replaceAll("\\n\\s*\\n+", "\n\n");
  }

  /** Auto-replies, bounces and lists: never answered, so two robots cannot loop. */
  private static boolean automatic(MimeMessage message, String sender) throws MessagingException {
    String[] auto = message.getHeader("Auto-Submitted");
    if (auto != null && auto.length > 0 && !"no".equalsIgnoreCase(auto[0].strip())) {
      return true;
    }
    String[] precedence = message.getHeader("Precedence");
    if (precedence != null
        && precedence.length > 0
        && precedence[0].toLowerCase(Locale.ROOT).matches("\\s*(bulk|junk|list)\\s*")) {
      return true;
    }
    String local = sender == null ? "" : sender.toLowerCase(Locale.ROOT);
    return local.startsWith("mailer-daemon@") || local.startsWith("postmaster@");
  }

  private static final class Collected {
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<IncomingMail.Attachment> attachments = new ArrayList<>();
  }
}

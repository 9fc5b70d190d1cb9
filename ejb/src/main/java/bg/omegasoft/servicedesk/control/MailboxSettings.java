package bg.omegasoft.servicedesk.control;

import java.time.Duration;
import java.util.Properties;

/**
 * Where the service desk's mailbox is and how often it is read: system properties of the server
 * (omex.imap.*), else environment variables (IMAP_HOST, IMAP_PORT, IMAP_USER, IMAP_PASSWORD,
 * IMAP_SSL, IMAP_INTERVAL_SECONDS). Without a host the reader stays off.
 */
public record MailboxSettings(
    String host, int port, String user, String password, boolean ssl, Duration interval) {

  public static MailboxSettings fromEnvironment() {
    String host = value("omex.imap.host", "IMAP_HOST", "");
    boolean ssl = Boolean.parseBoolean(value("omex.imap.ssl", "IMAP_SSL", "false"));
    int port = Integer.parseInt(value("omex.imap.port", "IMAP_PORT", ssl ? "993" : "143"));
    long seconds = Long.parseLong(value("omex.imap.interval", "IMAP_INTERVAL_SECONDS", "60"));
    return new MailboxSettings(
        host,
        port,
        value("omex.imap.user", "IMAP_USER", ""),
        value("omex.imap.password", "IMAP_PASSWORD", ""),
        ssl,
        Duration.ofSeconds(Math.max(1, seconds)));
  }

  public boolean isConfigured() {
    return host != null && !host.isBlank();
  }

  public String protocol() {
    return ssl ? "imaps" : "imap";
  }

  /** Jakarta Mail properties: short timeouts, so an unreachable server never stalls the reader. */
  public Properties mailProperties() {
    Properties properties = new Properties();
    String prefix = "mail." + protocol() + ".";
    properties.setProperty("mail.store.protocol", protocol());
    properties.setProperty(prefix + "host", host);
    properties.setProperty(prefix + "port", Integer.toString(port));
    properties.setProperty(prefix + "connectiontimeout", "10000");
    properties.setProperty(prefix + "timeout", "30000");
    properties.setProperty(prefix + "writetimeout", "30000");
    properties.setProperty(prefix + "partialfetch", "false");
    return properties;
  }

  private static String value(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}

package bg.omegasoft.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Direct access to the database the server uses, for fixtures of tests that act from outside the
 * server (the same URL, user and password as the server: omex.db.url, DB_USER, DB_PASSWORD).
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", System.getenv().getOrDefault("DB_USER", "root"));
    String password = System.getenv("DB_PASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(System.getProperty("omex.db.url"), properties);
  }

  /** A token secret of the platform's form: "omx_" and 256 random bits in URL-safe Base64. */
  public static String newSecret() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return "omx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** A new API token of a demo user, for a test outside the server; answers its secret. */
  public static String tokenFor(String username) throws SQLException {
    try (Connection db = connect()) {
      return tokenFor(db, username);
    }
  }

  /**
   * The same for a test inside the server, which reaches the database only through the server's
   * data source (the driver is a server module, not visible to {@link DriverManager}).
   */
  public static String tokenFor(DataSource dataSource, String username) throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      return tokenFor(db, username);
    }
  }

  private static String tokenFor(Connection db, String username) throws SQLException {
    String secret = newSecret();
    insertToken(db, username, secret, false);
    return secret;
  }

  /** Gives a demo user an API token with the given secret; revoked tokens are already ended. */
  public static void insertToken(String username, String secret, boolean revoked)
      throws SQLException {
    try (Connection db = connect()) {
      insertToken(db, username, secret, revoked);
    }
  }

  private static void insertToken(Connection db, String username, String secret, boolean revoked)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into api_token (user_id, name, token_hash, prefix, created_at, revoked_at)"
                + " select id, 'test', ?, ?, utc_timestamp(3), "
                + (revoked ? "utc_timestamp(3)" : "null")
                + " from app_user where username = ?")) {
      insert.setString(1, sha256(secret));
      insert.setString(2, secret.substring(0, 10));
      insert.setString(3, username);
      insert.executeUpdate();
    }
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

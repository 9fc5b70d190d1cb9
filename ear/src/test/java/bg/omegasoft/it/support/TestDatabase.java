package bg.omegasoft.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

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

  /** Gives a demo user an API token with the given secret; revoked tokens are already ended. */
  public static void insertToken(String username, String secret, boolean revoked)
      throws SQLException {
    try (Connection db = connect();
        PreparedStatement insert =
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

package bg.omegasoft.it.identity;

import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Accounts of their own for tests that act from outside the server (HTTP, browser). */
final class IdentityFixtures {

  static final String PASSWORD = "Correct-Horse-42";

  private IdentityFixtures() {}

  static String uniqueName() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new enabled account with the given role and {@link #PASSWORD}; answers its user name. */
  static String newUser(String role) {
    String username = uniqueName();
    try (Connection db = TestDatabase.connect()) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into app_user (username, full_name, password_hash, locale,"
                  + " password_changed_at, created_at)"
                  + " values (?, 'Тест Тестов', ?, 'bg', utc_timestamp(3), utc_timestamp(3))")) {
        insert.setString(1, username);
        insert.setString(2, new PasswordHasher().hash(PASSWORD));
        insert.executeUpdate();
      }
      try (PreparedStatement role_ =
          db.prepareStatement(
              "insert into app_user_role (user_id, role)"
                  + " select id, ? from app_user where username = ?")) {
        role_.setString(1, role);
        role_.setString(2, username);
        role_.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return username;
  }
}

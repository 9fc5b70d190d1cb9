package bg.omegasoft.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.boundary.NewToken;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every API token ends: 90 days by default, at most a year, also one written by other means. */
@ExtendWith(ArquillianExtension.class)
class TokenExpiryIT {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(TokenExpiryIT.class);
  }

  @EJB MyAccount myAccount;
  @EJB AsTrainee asTrainee;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource dataSource;

  @Test
  void aTokenWithoutAChosenDateEndsAfterNinetyDays() {
    NewToken token = asTrainee.call(() -> myAccount.createToken("Отчети", null));
    try {
      assertEquals(
          LocalDate.now(SOFIA).plusDays(91).atStartOfDay(SOFIA).toInstant(),
          token.token().getExpiresAt(),
          "valid through the 90th day from today");
    } finally {
      revoke(token);
    }
  }

  @Test
  void aTokenIsValidForAYearAtMost() {
    LocalDate inAYear = LocalDate.now(SOFIA).plusYears(1);
    NewToken longest = asTrainee.call(() -> myAccount.createToken("Годишен", inAYear));
    revoke(longest);
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> asTrainee.call(() -> myAccount.createToken("Вечен", inAYear.plusDays(1))));
    assertEquals("token.validUntilTooFar", tooLong.messageKey());
  }

  @Test
  void aTokenWrittenWithoutAnExpiryGetsNinetyDays() throws SQLException {
    TestDatabase.tokenFor(dataSource, "trainee");
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "select t.id, t.expires_at, utc_timestamp(3) from api_token t"
                    + " join app_user u on u.id = t.user_id where u.username = 'trainee'"
                    + " order by t.id desc limit 1");
        ResultSet row = query.executeQuery()) {
      assertTrue(row.next());
      Timestamp expires = row.getTimestamp(2);
      assertNotNull(expires, "a token without an expiry");
      Duration validity =
          Duration.between(
              row.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC),
              expires.toLocalDateTime().toInstant(ZoneOffset.UTC));
      assertTrue(
          validity.compareTo(Duration.ofDays(90).minusMinutes(1)) > 0
              && validity.compareTo(Duration.ofDays(90)) <= 0,
          "validity " + validity);
      try (PreparedStatement revoke =
          db.prepareStatement("update api_token set revoked_at = utc_timestamp(3) where id = ?")) {
        revoke.setLong(1, row.getLong(1));
        revoke.executeUpdate();
      }
    }
  }

  private void revoke(NewToken token) {
    asTrainee.call(
        () -> {
          myAccount.revokeToken(token.token().getId());
          return null;
        });
  }
}

package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.identity.entity.SignInPolicy;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInSettingsTest {

  @AfterEach
  void forget() {
    System.clearProperty("omex.signIn.addressFailures");
    System.clearProperty("omex.signIn.firstDelaySeconds");
  }

  @Test
  void withoutSettingsTheDefaultsApply() {
    assertEquals(SignInPolicy.DEFAULT, SignInSettings.policy());
  }

  @Test
  void aSystemPropertyChangesOneNumberAndAnInvalidOneIsIgnored() {
    System.setProperty("omex.signIn.addressFailures", "100");
    System.setProperty("omex.signIn.firstDelaySeconds", "soon");
    SignInPolicy policy = SignInSettings.policy();
    assertEquals(100, policy.addressFree());
    assertEquals(Duration.ofSeconds(5), policy.firstDelay());
  }

  @Test
  void eachPropertyHasAnEnvironmentVariable() {
    assertEquals(
        "OMEX_SIGN_IN_ACCOUNT_ADDRESS_FAILURES",
        SignInSettings.variable("omex.signIn.accountAddressFailures"));
  }
}

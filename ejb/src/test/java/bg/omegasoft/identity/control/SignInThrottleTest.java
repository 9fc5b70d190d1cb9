package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void anIpv6AddressCountsByItsNetworkAndAnIpv4OneByItself() {
    assertEquals("2001:db8:1:2:0:0:0:0/64", SignInThrottle.addressGroup("2001:db8:1:2:aaaa::1"));
    assertEquals(
        SignInThrottle.addressGroup("2001:db8:1:2::ffff"),
        SignInThrottle.addressGroup("2001:db8:1:2:aaaa::1"));
    assertEquals("192.0.2.7", SignInThrottle.addressGroup("192.0.2.7"));
    assertEquals("192.0.2.7", SignInThrottle.addressGroup("::ffff:192.0.2.7"));
    assertEquals("-", SignInThrottle.addressGroup(null));
  }
}

package bg.omegasoft.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Device cookies: a browser in which an account signed in successfully gets a cookie that proves it
 * to that account later, {@code v1.<issued>.<nonce>.<mac>} with an HMAC over the account, the
 * moment and a random nonce. Only the server can make one; it is valid for one account and for the
 * device lifetime after it was issued, and it is renewed at each sign-in. Each account has a cookie
 * of its own in the browser, under a name derived from the account that does not reveal it.
 */
public final class DeviceProofs {

  /** The beginning of every device cookie's name. */
  public static final String COOKIE_PREFIX = "OMEXDEVICE_";

  /** More cookies than this in one request are not looked at (each costs a MAC). */
  public static final int MAX_COOKIES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final KeyedHash hash;
  private final Duration lifetime;

  public DeviceProofs(KeyedHash hash, Duration lifetime) {
    this.hash = hash;
    this.lifetime = lifetime;
  }

  /** The name of the account's cookie. */
  public String cookieName(String account) {
    byte[] mac = hash.of("device-cookie-name", account);
    return COOKIE_PREFIX + HexFormat.of().formatHex(mac, 0, 8);
  }

  public String issue(String account, Instant now) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String issued = Long.toString(now.getEpochSecond());
    String encodedNonce = B64.encodeToString(nonce);
    return "v1." + issued + "." + encodedNonce + "." + mac(account, issued, encodedNonce);
  }

  /** The nonce of the first of the values that is a valid, current cookie of the account. */
  public Optional<String> verify(String account, Collection<String> values, Instant now) {
    return values.stream()
        .limit(MAX_COOKIES)
        .map(value -> nonceIfValid(account, value, now))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<String> nonceIfValid(String account, String value, Instant now) {
    String[] parts = value == null ? new String[0] : value.split("\\.", -1);
    if (parts.length != 4 || !"v1".equals(parts[0]) || !parts[1].matches("\\d{1,12}")) {
      return Optional.empty();
    }
    Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    if (issued.isAfter(now.plusSeconds(60)) || !now.isBefore(issued.plus(lifetime))) {
      return Optional.empty();
    }
    byte[] expected = mac(account, parts[1], parts[2]).getBytes(StandardCharsets.US_ASCII);
    byte[] given = parts[3].getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Optional.of(parts[2]) : Optional.empty();
  }

  private String mac(String account, String issued, String nonce) {
    return B64.encodeToString(hash.of("device-cookie", account, issued, nonce));
  }
}

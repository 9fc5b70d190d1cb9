package bg.omegasoft.identity.boundary;

import java.time.Duration;

/**
 * The cookie by which a browser proves later that the account signed in there (see {@code
 * DeviceProofs}); the web layer sets it as HttpOnly, SameSite=Strict, Secure over HTTPS.
 */
public record DeviceCookie(String name, String value, Duration maxAge) {}

package bg.omegasoft.servicedesk.boundary;

import java.time.Instant;

/**
 * A public form submission the rate limit has counted ({@link Intake#admit}), before its content
 * was read: the API counts every submission, malformed ones too, then reads the body. Only the
 * intake makes one, so a submission cannot skip the count.
 */
public final class FormAdmission {

  final String address;
  final Instant at;

  FormAdmission(String address, Instant at) {
    this.address = address;
    this.at = at;
  }
}

package bg.omegasoft.servicedesk.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Reads the phone norm when the application starts, so a refused setting is logged at once. */
@Singleton
@Startup
@PermitAll
public class PhoneNormAtStart {

  private static final Logger LOG = Logger.getLogger(PhoneNormAtStart.class.getName());

  @PostConstruct
  void check() {
    LOG.info(() -> "Phone consultation norm: " + PhoneNorm.current().toMinutes() + " minutes");
  }
}

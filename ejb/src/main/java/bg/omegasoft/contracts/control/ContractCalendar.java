package bg.omegasoft.contracts.control;

import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every night just after midnight (Sofia), contracts whose period ended renew themselves or expire,
 * and their clients' contract marks follow. Repeating the run changes nothing, so every node of a
 * cluster may run it.
 */
@Singleton
@PermitAll
@RunAs(Roles.ADMIN)
public class ContractCalendar {

  private static final Logger LOG = Logger.getLogger(ContractCalendar.class.getName());

  @EJB private Contracts contracts;

  @Schedule(hour = "0", minute = "15", timezone = "Europe/Sofia", persistent = false)
  void rollOver() {
    int changed = contracts.rollOver(LocalDate.now(SofiaTime.ZONE));
    LOG.info(() -> "Contracts renewed or expired: " + changed);
  }
}

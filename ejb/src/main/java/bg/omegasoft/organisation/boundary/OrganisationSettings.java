package bg.omegasoft.organisation.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** The vendor's details and policies: anyone may read them, an ADMIN changes them. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganisationSettings {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @Inject private Validator validator;

  private final Clock clock = Clock.systemUTC();

  /** The current details; public because invoices, e-mails and public pages show them. */
  @PermitAll
  public Organisation current() {
    Organisation organisation = em.find(Organisation.class, Organisation.THE_ID);
    if (organisation == null) {
      throw new NotFoundException("Organisation", Organisation.THE_ID);
    }
    return organisation;
  }

  /** Whether the remote-only policy (the charter's epidemic clause) is on. */
  @PermitAll
  public boolean remoteOnly() {
    return current().isRemoteOnly();
  }

  /** Saves the details and policies from the edited copy. */
  public Organisation update(Organisation edited) {
    Set<ConstraintViolation<Organisation>> violations = validator.validate(edited);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    Organisation organisation = current();
    boolean wasRemoteOnly = organisation.isRemoteOnly();
    organisation.takeDetailsFrom(edited);
    organisation.recordChange(session.getCallerPrincipal().getName(), Instant.now(clock));
    audit.record(
        "ORGANISATION_UPDATED",
        "Organisation",
        Organisation.THE_ID,
        wasRemoteOnly == organisation.isRemoteOnly()
            ? null
            : "remoteOnly=" + organisation.isRemoteOnly());
    return organisation;
  }
}

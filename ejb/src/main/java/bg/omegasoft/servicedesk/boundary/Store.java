package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** Loading and saving requests the same way in every boundary, with the editor's version. */
final class Store {

  private Store() {}

  static ServiceRequest find(EntityManager em, long id) {
    ServiceRequest request = em.find(ServiceRequest.class, id);
    if (request == null) {
      throw new NotFoundException("ServiceRequest", id);
    }
    return request;
  }

  static ServiceRequest byNumber(EntityManager em, String number) {
    return em.createNamedQuery(ServiceRequest.FIND_BY_NUMBER, ServiceRequest.class)
        .setParameter("number", number == null ? "" : number.strip().toUpperCase())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("ServiceRequest", number));
  }

  /** The request as the editor saw it: refused when someone else changed it since. */
  static ServiceRequest edit(EntityManager em, long id, int version) {
    ServiceRequest request = find(em, id);
    if (request.getVersion() != version) {
      throw new RequestChangedException(request.getNumber());
    }
    return request;
  }

  /** Writes now, so that a concurrent change shows as a conflict message, not an error page. */
  static void flush(EntityManager em, ServiceRequest request) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new RequestChangedException(request.getNumber());
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || e instanceof jakarta.persistence.RollbackException) {
        throw new RequestChangedException(request.getNumber());
      }
      throw e;
    }
  }

  /** Writes the change now and audits a change of status (with its note, if any). */
  static ServiceRequest saved(
      EntityManager em, AuditTrail audit, ServiceRequest request, RequestStatus from, String note) {
    flush(em, request);
    if (from != request.getStatus()) {
      audit.record(
          "SR_TRANSITION",
          Intake.AUDIT_SUBJECT,
          request.getNumber(),
          from + " -> " + request.getStatus() + (note == null ? "" : ": " + note));
    }
    return request;
  }

  /** A new request gets its id, then its number. */
  static ServiceRequest register(EntityManager em, ServiceRequest request) {
    em.persist(request);
    em.flush();
    request.assignNumber();
    em.flush();
    return request;
  }
}

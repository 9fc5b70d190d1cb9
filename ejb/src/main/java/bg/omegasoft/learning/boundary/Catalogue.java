package bg.omegasoft.learning.boundary;

import bg.omegasoft.billing.boundary.VatRates;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The public catalogue: published standard programmes with level, hours, price without and with VAT
 * and the next planned sessions. Open to anyone (the vendor's web site and visitors).
 */
@Stateless
@PermitAll
public class Catalogue {

  static final int NEXT_SESSIONS = 3;

  /** By product, then beginner before advanced, then title. */
  private static final Comparator<ProgrammeVersion> CATALOGUE_ORDER =
      Comparator.comparingInt((ProgrammeVersion v) -> v.getProgramme().getProduct().getPosition())
          .thenComparing(v -> v.getProgramme().getLevel())
          .thenComparing(ProgrammeVersion::getTitle);

  @PersistenceContext private EntityManager em;
  @EJB private VatRates vatRates;

  public List<CatalogueEntry> entries() {
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    BigDecimal vatPercent = vatRates.percentOn(today);
    List<TrainingSession> upcoming =
        em
            .createNamedQuery(TrainingSession.FIND_UPCOMING, TrainingSession.class)
            .setParameter("today", today)
            .getResultList()
            .stream()
            .filter(s -> s.isPlanned() && !s.getFirstDay().isBefore(today))
            .toList();
    return em
        .createNamedQuery(ProgrammeVersion.FIND_PUBLISHED_STANDARD, ProgrammeVersion.class)
        .getResultList()
        .stream()
        .sorted(CATALOGUE_ORDER)
        .map(v -> entry(v, upcoming, vatPercent))
        .toList();
  }

  private static CatalogueEntry entry(
      ProgrammeVersion version, List<TrainingSession> upcoming, BigDecimal vatPercent) {
    Long programmeId = version.getProgramme().getId();
    List<TrainingSession> next =
        upcoming.stream()
            .filter(s -> s.getProgrammeVersion().getProgramme().getId().equals(programmeId))
            .limit(NEXT_SESSIONS)
            .toList();
    return new CatalogueEntry(
        programmeId,
        version.getTitle(),
        version.getDescription(),
        version.getOutcomes(),
        version.getProgramme().getProduct().getCode(),
        version.getProgramme().getProduct().getName(),
        version.getProgramme().getLevel(),
        version.getNumber(),
        version.getAppliesFrom(),
        version.getHours(),
        version.getPrice(),
        Money.of(version.getPrice()).withVatAt(vatPercent).amount(),
        next);
  }
}

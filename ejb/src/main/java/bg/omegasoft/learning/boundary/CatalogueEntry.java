package bg.omegasoft.learning.boundary;

import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.TrainingSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A published standard programme as the public catalogue shows it. */
public record CatalogueEntry(
    long programmeId,
    String title,
    String description,
    String outcomes,
    String productCode,
    String productName,
    Level level,
    int version,
    LocalDate appliesFrom,
    BigDecimal hours,
    BigDecimal price,
    BigDecimal priceWithVat,
    List<TrainingSession> nextSessions) {}

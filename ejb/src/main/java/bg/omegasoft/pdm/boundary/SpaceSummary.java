package bg.omegasoft.pdm.boundary;

import bg.omegasoft.pdm.entity.Access;
import java.io.Serializable;

/** A space as the caller sees it: whose it is, and what the caller may do there. */
public record SpaceSummary(long clientId, String clientName, Access access, int retentionDays)
    implements Serializable {}

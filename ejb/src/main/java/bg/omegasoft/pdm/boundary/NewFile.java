package bg.omegasoft.pdm.boundary;

import bg.omegasoft.pdm.entity.LegalBasis;

/**
 * What an upload says about its file: where it goes, its name as sent, why it is shared (legal
 * basis and purpose), how long to keep it (null: the space's default), and the length the sender
 * announced (-1 when unknown).
 */
public record NewFile(
    long clientId,
    Long folderId,
    String name,
    LegalBasis legalBasis,
    String purpose,
    Integer retentionDays,
    long declaredLength) {}

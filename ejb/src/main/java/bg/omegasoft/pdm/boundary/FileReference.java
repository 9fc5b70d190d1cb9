package bg.omegasoft.pdm.boundary;

import java.io.Serializable;

/**
 * A PDM file as another capability may show it (e.g. documents of a licence owner change attached
 * to a service request): enough to name and check it, never its content. The file itself stays in
 * its space under the space's access rules.
 */
public record FileReference(
    long fileId,
    long clientId,
    String spaceName,
    String name,
    long sizeBytes,
    String sha256,
    boolean available)
    implements Serializable {}

package bg.omegasoft.pdm.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/**
 * An archive whose directory claims it expands too far (a zip bomb), or whose directory cannot be
 * read; nothing is kept.
 */
public class ArchiveRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final boolean expands;

  /**
   * @param expands true when the archive claims to expand too far, false when its directory could
   *     not be read
   */
  public ArchiveRefusedException(boolean expands, long maxRatio, long maxMegabytes) {
    super(expands ? "pdm.archive.expands" : "pdm.archive.unreadable", maxRatio, maxMegabytes);
    this.expands = expands;
  }

  @Override
  public int httpStatus() {
    return expands ? 413 : 415;
  }
}

package bg.omegasoft.pdm.control;

import bg.omegasoft.pdm.boundary.ArchiveRefusedException;

/**
 * The limits on what an archive (zip, and the Office and ODF documents that are zip archives) may
 * claim to expand to, read from its directory without unpacking it: at most {@code
 * omex.pdm.zip.maxExpandedBytes} in all, and — once it expands to more than {@link #SMALL} — at
 * most {@code omex.pdm.zip.maxRatio} times its own size (see {@link PdmConfiguration}). A zip bomb
 * claims far more; ordinary documents and archives stay far below.
 */
final class ArchiveLimits {

  /** An archive expanding to no more than this may compress as well as it likes. */
  static final long SMALL = 16L * 1024 * 1024;

  private ArchiveLimits() {}

  /**
   * @param tail the archive's last bytes (see {@link ZipDirectory.Tail})
   * @param size the archive's size in bytes
   */
  static void check(byte[] tail, long size) {
    ZipDirectory.Summary summary;
    try {
      summary = ZipDirectory.read(tail);
    } catch (ZipDirectory.UnreadableException e) {
      throw new ArchiveRefusedException(false, PdmConfiguration.zipMaxRatio(), maxMegabytes());
    }
    long expanded = summary.expandedBytes();
    boolean tooLarge = expanded > PdmConfiguration.zipMaxExpandedBytes();
    boolean tooDense =
        expanded > SMALL && expanded / Math.max(1, size) > PdmConfiguration.zipMaxRatio();
    if (tooLarge || tooDense) {
      throw new ArchiveRefusedException(true, PdmConfiguration.zipMaxRatio(), maxMegabytes());
    }
  }

  private static long maxMegabytes() {
    return PdmConfiguration.zipMaxExpandedBytes() / (1024 * 1024);
  }
}

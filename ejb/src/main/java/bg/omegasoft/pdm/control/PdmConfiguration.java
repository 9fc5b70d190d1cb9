package bg.omegasoft.pdm.control;

import bg.omegasoft.shared.control.PublicAddress;
import bg.omegasoft.shared.control.Settings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings of PDM, each a system property or else an environment variable, read when used (so
 * an operator's change takes effect without a redeployment):
 *
 * <ul>
 *   <li>{@code omex.pdm.maxBytes} / OMEX_PDM_MAX_BYTES: largest file, default 100 MB (104857600
 *       bytes). The server's undertow max-post-size (web.cli) must stay a little above it.
 *   <li>{@code omex.pdm.allowedTypes} / OMEX_PDM_ALLOWED_TYPES: allowed file name extensions,
 *       comma-separated; the content must also look like its extension (see {@link
 *       bg.omegasoft.shared.control.ContentTypes}).
 *   <li>{@code omex.pdm.zip.maxExpandedBytes} / OMEX_PDM_ZIP_MAX_EXPANDED_BYTES: the most an
 *       archive (zip, docx, xlsx, odt, ods) may declare its entries expand to, default 1 GiB.
 *   <li>{@code omex.pdm.zip.maxRatio} / OMEX_PDM_ZIP_MAX_RATIO: the most an archive that expands to
 *       more than 16 MiB may expand to as a multiple of its own size, default 100 (see {@link
 *       ArchiveLimits}).
 *   <li>{@code omex.pdm.retentionDays} / OMEX_PDM_RETENTION_DAYS: default retention, 90 days.
 *   <li>{@code omex.quarantine.retentionDays} / OMEX_QUARANTINE_RETENTION_DAYS: how long e-mail
 *       attachments of unknown senders stay in the encrypted quarantine, 30 days.
 *   <li>{@code omex.pdm.dpaVersion} / OMEX_PDM_DPA_VERSION: the current version of the
 *       data-processing agreement, default 1.0.
 *   <li>{@code omex.pdm.minFreeBytes} / OMEX_PDM_MIN_FREE_BYTES: free disk space an upload must
 *       leave, default 64 MB.
 *   <li>{@code omex.pdm.masterKeyFile} / OMEX_PDM_MASTER_KEY_FILE: the master key (see {@link
 *       MasterKey}).
 *   <li>{@code omex.data.dir} / OMEX_DATA_DIR: the data directory; files go to its {@code pdm}.
 *   <li>{@code omex.public.url} / OMEX_PUBLIC_URL: the platform's address for links in e-mails (see
 *       {@link PublicAddress}).
 * </ul>
 */
public final class PdmConfiguration {

  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
  public static final long DEFAULT_ZIP_MAX_EXPANDED_BYTES = 1024L * 1024 * 1024;
  public static final long DEFAULT_ZIP_MAX_RATIO = 100;
  public static final int DEFAULT_RETENTION_DAYS = 90;
  public static final Set<String> DEFAULT_TYPES =
      Collections.unmodifiableSortedSet(
          new TreeSet<>(
              Set.of(
                  "pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "txt", "xml", "zip",
                  "png", "jpg", "jpeg", "tif", "tiff", "p7s", "p7m")));

  private PdmConfiguration() {}

  public static long maxBytes() {
    return positiveLong(setting("omex.pdm.maxBytes", "OMEX_PDM_MAX_BYTES"), DEFAULT_MAX_BYTES);
  }

  public static long zipMaxExpandedBytes() {
    return positiveLong(
        setting("omex.pdm.zip.maxExpandedBytes", "OMEX_PDM_ZIP_MAX_EXPANDED_BYTES"),
        DEFAULT_ZIP_MAX_EXPANDED_BYTES);
  }

  public static long zipMaxRatio() {
    return positiveLong(
        setting("omex.pdm.zip.maxRatio", "OMEX_PDM_ZIP_MAX_RATIO"), DEFAULT_ZIP_MAX_RATIO);
  }

  public static int defaultRetentionDays() {
    long days =
        positiveLong(
            setting("omex.pdm.retentionDays", "OMEX_PDM_RETENTION_DAYS"), DEFAULT_RETENTION_DAYS);
    return (int) Math.min(days, 3650);
  }

  /** How long a file of an unknown sender stays in the encrypted quarantine, default 30 days. */
  public static int quarantineRetentionDays() {
    long days =
        positiveLong(
            setting("omex.quarantine.retentionDays", "OMEX_QUARANTINE_RETENTION_DAYS"), 30);
    return (int) Math.min(days, 3650);
  }

  /**
   * The version of the vendor's data-processing agreement clients should have signed (setting
   * {@code omex.pdm.dpaVersion}, default "1.0"); an older signed version is listed as outdated.
   */
  public static String currentAgreementVersion() {
    String value = setting("omex.pdm.dpaVersion", "OMEX_PDM_DPA_VERSION");
    return value == null || value.isBlank() ? "1.0" : value.strip();
  }

  public static long minFreeBytes() {
    String value = setting("omex.pdm.minFreeBytes", "OMEX_PDM_MIN_FREE_BYTES");
    return value == null ? 64L * 1024 * 1024 : Math.max(0, parse(value, 64L * 1024 * 1024));
  }

  /** Allowed extensions, lower case, without dots. */
  public static Set<String> allowedTypes() {
    String value = setting("omex.pdm.allowedTypes", "OMEX_PDM_ALLOWED_TYPES");
    if (value == null || value.isBlank()) {
      return DEFAULT_TYPES;
    }
    return Arrays.stream(value.split("[,;\\s]+"))
        .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The master key file when one is configured; null for the default beside the data. */
  public static String configuredMasterKeyFile() {
    return setting("omex.pdm.masterKeyFile", "OMEX_PDM_MASTER_KEY_FILE");
  }

  public static Path dataDir() {
    String dir = setting("omex.data.dir", "OMEX_DATA_DIR");
    if (dir == null) {
      dir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
      return Path.of(dir, "omex").toAbsolutePath();
    }
    return Path.of(dir).toAbsolutePath();
  }

  public static String publicUrl() {
    return PublicAddress.url();
  }

  /** Whether this is a demo or test run, which may create a master key of its own. */
  static boolean demo() {
    return Boolean.parseBoolean(setting("omex.demo", "OMEX_DEMO"));
  }

  private static String setting(String property, String variable) {
    return Settings.of(property, variable);
  }

  private static long positiveLong(String value, long fallback) {
    long parsed = value == null ? fallback : parse(value, fallback);
    return parsed > 0 ? parsed : fallback;
  }

  private static long parse(String value, long fallback) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}

package bg.omegasoft.pdm.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key that wraps every file's data key. It comes from a file of the server's
 * configuration, never from the database or the repository: {@code omex.pdm.masterKeyFile} or
 * OMEX_PDM_MASTER_KEY_FILE, else {@code <omex.data.dir>/pdm-master.key}. The file holds 32 random
 * bytes, raw or in Base64 (e.g. {@code head -c 32 /dev/urandom | base64 > pdm-master.key; chmod 600
 * pdm-master.key}). A demo or test run ({@code omex.demo=true}) creates the default file when it is
 * missing; a production server refuses to work with PDM without one, because a silently new key
 * would make every stored file unreadable. Keep a copy of the key apart from the backups of the
 * data: whoever holds both can read the files.
 */
@ApplicationScoped
public class MasterKey {

  public static final String DEFAULT_FILE_NAME = "pdm-master.key";
  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private volatile Loaded loaded;

  private record Loaded(Path path, SecretKey key, String id) {}

  /** The key, loaded once (or again when the configured file changed). */
  public SecretKey key() {
    return load().key();
  }

  /** A short fingerprint of the key stored with each file, to recognise the key it needs. */
  public String id() {
    return load().id();
  }

  public static Path path() {
    String configured = PdmConfiguration.configuredMasterKeyFile();
    return configured == null
        ? PdmConfiguration.dataDir().resolve(DEFAULT_FILE_NAME)
        : Path.of(configured).toAbsolutePath();
  }

  private synchronized Loaded load() {
    Path path = path();
    if (loaded != null && loaded.path().equals(path)) {
      return loaded;
    }
    try {
      if (!Files.exists(path)) {
        if (PdmConfiguration.configuredMasterKeyFile() != null || !PdmConfiguration.demo()) {
          throw new MasterKeyUnavailableException("no master key file at " + path);
        }
        create(path);
      }
      warnIfReadableByOthers(path);
      byte[] key = decode(Files.readAllBytes(path));
      loaded = new Loaded(path, new SecretKeySpec(key, "AES"), fingerprint(key));
      Arrays.fill(key, (byte) 0);
      return loaded;
    } catch (IOException e) {
      throw new MasterKeyUnavailableException("the master key file " + path + " is unreadable");
    }
  }

  private static void create(Path path) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(path.toAbsolutePath().getParent());
    try {
      if (posix(path.getParent())) {
        Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(path);
      }
      Files.write(
          path,
          (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII),
          StandardOpenOption.TRUNCATE_EXISTING);
      LOG.warning(
          "Created a new PDM master key at "
              + path
              + " (permissions 600). This happens only in a demo or test run; a production server"
              + " must be given its key file (omex.pdm.masterKeyFile / OMEX_PDM_MASTER_KEY_FILE).");
    } catch (FileAlreadyExistsException raced) {
      // another thread created it first: use that one
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  static byte[] decode(byte[] content) {
    if (content.length == 32) {
      return content;
    }
    try {
      byte[] key =
          Base64.getDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
      if (key.length == 32) {
        return key;
      }
    } catch (IllegalArgumentException notBase64) {
      // fall through
    }
    throw new MasterKeyUnavailableException(
        "the master key file must hold 32 bytes, raw or in Base64");
  }

  static String fingerprint(byte[] key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("omex-pdm-master-key-id".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(key), 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void warnIfReadableByOthers(Path path) throws IOException {
    if (posix(path)) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
      permissions.removeAll(
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
      if (!permissions.isEmpty()) {
        LOG.warning(
            "The PDM master key file "
                + path
                + " can be read by others ("
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                + "); restrict it with chmod 600");
      }
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}

package bg.omegasoft.pdm.control;

import bg.omegasoft.pdm.boundary.FileTooLargeException;
import bg.omegasoft.pdm.boundary.FileTypeRefusedException;
import bg.omegasoft.pdm.boundary.StorageFullException;
import bg.omegasoft.pdm.boundary.StorageUnavailableException;
import bg.omegasoft.pdm.boundary.TamperedFileException;
import bg.omegasoft.pdm.boundary.UploadInterruptedException;
import bg.omegasoft.pdm.control.SegmentedGcm.TamperedContentException;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.ContentTypes;
import bg.omegasoft.shared.control.LimitedInputStream;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.crypto.SecretKey;

/**
 * Where the encrypted files live: {@code <data dir>/pdm/files/<ab>/<storage name>.omx}, each
 * encrypted with its own data key ({@link SegmentedGcm}, {@link KeyWrap}).
 *
 * <p>Storing streams the upload through a byte counter (the size limit), SHA-256 and the encryption
 * into a temporary file in {@code <data dir>/pdm/tmp}, forces it to disk and only then moves it
 * into place atomically; whatever fails on the way (empty, too large, refused type, an archive that
 * claims to expand too far, broken connection, full disk) removes the temporary file, so nothing
 * half-stored remains. For an archive only its last bytes are kept on the way, to read its
 * directory ({@link ArchiveLimits}). The plaintext is never written to disk and never held whole in
 * memory.
 *
 * <p>Opening for download first verifies the whole file (every segment's tag, then length and
 * SHA-256 against the record) without releasing any plaintext, so a changed file is refused before
 * its first byte is sent. The stream then handed out authenticates every segment again and breaks
 * off if the file changed in between.
 */
@ApplicationScoped
public class FileVault {

  private static final Logger LOG = Logger.getLogger(FileVault.class.getName());
  private static final String SUFFIX = ".omx";
  private static final String PART = ".part";
  private static final long SPACE_CHECK_EVERY = 8L * 1024 * 1024;

  @Inject private MasterKey masterKey;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Stores a file's content encrypted. {@code declaredLength} is the sender's announced length (or
   * -1): when it is over the limit the upload is refused before a byte is read.
   */
  public PdmFile.Content store(
      InputStream content, String fileName, long maxBytes, long declaredLength) {
    if (declaredLength > maxBytes) {
      throw new FileTooLargeException(maxBytes);
    }
    SecretKey master = master();
    Path tmp = prepare(declaredLength);
    String storageName = tmp.getFileName().toString().replace(PART, "");
    try {
      LimitedInputStream limited = new LimitedInputStream(content, maxBytes);
      byte[] head = read(limited, ContentTypes.SNIFF_LENGTH);
      if (head.length == 0) {
        throw new InvalidInputException("file", "pdm.file.empty");
      }
      ContentTypes.Verdict verdict =
          ContentTypes.check(fileName, head, PdmConfiguration.allowedTypes());
      if (!verdict.allowed()) {
        throw new FileTypeRefusedException(
            verdict.refusal() == ContentTypes.Refusal.NOT_ALLOWED
                ? "pdm.type.notAllowed"
                : "pdm.type.mismatch",
            String.join(", ", PdmConfiguration.allowedTypes()));
      }
      SecretKey dataKey = KeyWrap.newDataKey();
      MessageDigest sha = sha256();
      ZipDirectory.Tail tail = ContentTypes.isZip(head) ? new ZipDirectory.Tail() : null;
      long size = encrypt(head, limited, tmp, dataKey, sha, tail);
      if (tail != null) {
        ArchiveLimits.check(tail.bytes(), size);
      }
      Path target = pathOf(storageName);
      createPrivateDirectories(target.getParent());
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return new PdmFile.Content(
          storageName,
          size,
          HexFormat.of().formatHex(sha.digest()),
          verdict.contentType(),
          KeyWrap.wrap(master, dataKey, storageName),
          masterKey.id());
    } catch (IOException e) {
      throw storageFailure(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  private long encrypt(
      byte[] head,
      LimitedInputStream rest,
      Path tmp,
      SecretKey dataKey,
      MessageDigest sha,
      ZipDirectory.Tail tail)
      throws IOException {
    long written = 0;
    long nextSpaceCheck = SPACE_CHECK_EVERY;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out =
        SegmentedGcm.encrypting(
            new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE)),
            dataKey)) {
      sha.update(head);
      if (tail != null) {
        tail.update(head, 0, head.length);
      }
      out.write(head);
      written = head.length;
      int n;
      while ((n = read(rest, buffer)) >= 0) {
        sha.update(buffer, 0, n);
        if (tail != null) {
          tail.update(buffer, 0, n);
        }
        out.write(buffer, 0, n);
        written += n;
        if (written >= nextSpaceCheck) {
          requireFreeSpace(0);
          nextSpaceCheck = written + SPACE_CHECK_EVERY;
        }
      }
    }
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return written;
  }

  /** Reads from the sender: a broken connection or too many bytes refuse the upload. */
  private static int read(InputStream in, byte[] buffer) {
    try {
      return in.read(buffer);
    } catch (LimitedInputStream.TooLargeException e) {
      throw new FileTooLargeException(e.limit());
    } catch (IOException e) {
      throw new UploadInterruptedException();
    }
  }

  private static byte[] read(InputStream in, int length) {
    try {
      return in.readNBytes(length);
    } catch (LimitedInputStream.TooLargeException e) {
      throw new FileTooLargeException(e.limit());
    } catch (IOException e) {
      throw new UploadInterruptedException();
    }
  }

  /**
   * Checks the stored file of a record completely, releasing nothing: every segment authenticates,
   * and length and SHA-256 are those recorded at upload.
   */
  public void verify(PdmFile file) {
    MessageDigest sha = sha256();
    long length = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = new DigestInputStream(open(file), sha)) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        length += n;
      }
    } catch (TamperedContentException | NoSuchFileException e) {
      LOG.warning("PDM file " + file.getId() + " failed verification: " + e.getMessage());
      throw new TamperedFileException(file.getId());
    } catch (IOException e) {
      throw storageFailure(e);
    }
    if (length != file.getSizeBytes()
        || !HexFormat.of().formatHex(sha.digest()).equals(file.getSha256())) {
      LOG.warning("PDM file " + file.getId() + " decrypts to other content than was uploaded");
      throw new TamperedFileException(file.getId());
    }
  }

  /**
   * The plaintext of an active file as a stream that authenticates each segment before releasing
   * it. Call {@link #verify} first so that a damaged file is refused before anything is sent.
   */
  public InputStream open(PdmFile file) throws IOException {
    SecretKey dataKey;
    try {
      dataKey = KeyWrap.unwrap(master(), file.wrappedKey(), file.getStorageName());
    } catch (GeneralSecurityException e) {
      if (!masterKey.id().equals(file.getMasterKeyId())) {
        LOG.severe(
            "PDM file "
                + file.getId()
                + " was stored under master key "
                + file.getMasterKeyId()
                + " but the server has "
                + masterKey.id());
        throw new StorageUnavailableException();
      }
      throw new TamperedContentException("the wrapped data key does not open");
    }
    return SegmentedGcm.decrypting(
        new BufferedInputStream(Files.newInputStream(pathOf(file.getStorageName()))), dataKey);
  }

  /** Removes the encrypted content of a file (its key is already gone or going). */
  public void discard(String storageName) {
    deleteQuietly(pathOf(storageName));
  }

  /**
   * Removes the stored content if the current transaction does not commit (or now, without one).
   */
  public void discardUnlessCommitted(String storageName) {
    afterCompletion(storageName, false);
  }

  /** Removes the stored content once the current transaction commits (or now, without one). */
  public void discardWhenCommitted(String storageName) {
    afterCompletion(storageName, true);
  }

  private void afterCompletion(String storageName, boolean onCommit) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      if (onCommit) {
        discard(storageName);
      }
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before
          }

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == onCommit) {
              discard(storageName);
            }
          }
        });
  }

  /**
   * Removes encrypted files that no record needs (left by a crash between storing and recording, or
   * by a failed removal) and temporary files, when older than {@code before}; answers how many.
   */
  public int sweep(Set<String> keep, Instant before) {
    int removed = 0;
    for (String dir : new String[] {"files", "tmp"}) {
      Path root = root().resolve(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path path : files.filter(Files::isRegularFile).toList()) {
          String name = path.getFileName().toString();
          String storageName = name.replace(SUFFIX, "").replace(PART, "");
          if ((name.endsWith(PART) || !keep.contains(storageName))
              && Files.getLastModifiedTime(path).compareTo(FileTime.from(before)) < 0) {
            deleteQuietly(path);
            removed++;
          }
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "PDM sweep of " + root + " stopped", e);
      }
    }
    return removed;
  }

  /** Where the encrypted content of a file is (whether or not it exists). */
  public Path pathOf(String storageName) {
    if (!storageName.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not a storage name");
    }
    return root()
        .resolve("files")
        .resolve(storageName.substring(0, 2))
        .resolve(storageName + SUFFIX);
  }

  /** The directory of temporary files of uploads in progress. */
  public Path temporaryDirectory() {
    return root().resolve("tmp");
  }

  private static Path root() {
    return PdmConfiguration.dataDir().resolve("pdm");
  }

  private Path prepare(long declaredLength) {
    try {
      Path tmpDir = temporaryDirectory();
      createPrivateDirectories(tmpDir);
      createPrivateDirectories(root().resolve("files"));
      requireFreeSpace(Math.max(0, declaredLength));
      Path tmp = tmpDir.resolve(UUID.randomUUID() + PART);
      if (posix(tmpDir)) {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(tmp);
      }
      return tmp;
    } catch (IOException e) {
      throw storageFailure(e);
    }
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    if (posix(dir)) {
      for (Path d = dir; d != null && d.startsWith(root()); d = d.getParent()) {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  private static void requireFreeSpace(long needed) {
    try {
      long usable = Files.getFileStore(root()).getUsableSpace();
      if (usable - needed < PdmConfiguration.minFreeBytes()) {
        LOG.warning("PDM refused an upload: " + usable + " bytes free, " + needed + " needed");
        throw new StorageFullException();
      }
    } catch (IOException e) {
      throw storageFailure(e);
    }
  }

  private SecretKey master() {
    try {
      return masterKey.key();
    } catch (MasterKeyUnavailableException e) {
      LOG.severe("PDM cannot work: " + e.getMessage());
      throw new StorageUnavailableException();
    }
  }

  private static RuntimeException storageFailure(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return new IllegalStateException(e);
    }
    String message = String.valueOf(e.getMessage());
    LOG.log(Level.SEVERE, "PDM storage failed", e);
    return message.contains("No space left") || message.contains("Disk quota")
        ? new StorageFullException()
        : new StorageUnavailableException();
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove " + path, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}

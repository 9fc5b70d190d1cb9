package bg.omegasoft.pdm.boundary;

import bg.omegasoft.pdm.control.FileVault;
import bg.omegasoft.pdm.entity.PdmFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * A download the caller may make, already verified and recorded in the space's audit. {@link
 * #open()} gives the plaintext as a stream that authenticates each segment as it goes; should the
 * stored file change after the verification, the stream fails instead of returning altered bytes,
 * and the transfer breaks off.
 */
public final class FileDownload {

  private final PdmFile file;
  private final FileVault vault;

  FileDownload(PdmFile file, FileVault vault) {
    this.file = file;
    this.vault = vault;
  }

  public long fileId() {
    return file.getId();
  }

  public String name() {
    return file.getName();
  }

  public String contentType() {
    return file.getContentType();
  }

  public long sizeBytes() {
    return file.getSizeBytes();
  }

  public String sha256() {
    return file.getSha256();
  }

  public InputStream open() throws IOException {
    return vault.open(file);
  }
}

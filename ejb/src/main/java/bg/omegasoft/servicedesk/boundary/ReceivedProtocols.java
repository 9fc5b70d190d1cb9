package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.boundary.NewFile;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.boundary.UnknownSpaceException;
import bg.omegasoft.pdm.entity.Folder;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ReceivedAnswer;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.ContentTypes;
import bg.omegasoft.shared.control.Settings;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Set;

/**
 * A protocol the client signed on paper or answered by e-mail: staff keep the scan as evidence in
 * the client's PDM space (folder {@value #FOLDER}, encrypted there like every PDM file; the staff
 * member must be assigned to the space) and record the answer with a reference to it. The file is
 * stored first (PDM streams it outside a transaction); when the answer is then refused (e.g. the
 * client answered by the link meanwhile), the file is deleted again.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ReceivedProtocols {

  /** The folder of the client's space that keeps the scans of signed protocols. */
  public static final String FOLDER = "Протоколи";

  /** The scan's allowed types: PDF, JPEG, PNG. */
  public static final Set<String> TYPES = Set.of("pdf", "jpg", "jpeg", "png");

  static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  @EJB private Protocols protocols;
  @EJB private Spaces spaces;
  @EJB private SpaceFiles files;

  /** The largest scan accepted: {@code omex.acceptance.scanMaxBytes}, default 10 MB. */
  public long maxBytes() {
    String value = Settings.of("omex.acceptance.scanMaxBytes", "OMEX_ACCEPTANCE_SCAN_MAX_BYTES");
    try {
      long bytes = value == null ? DEFAULT_MAX_BYTES : Long.parseLong(value.strip());
      return bytes > 0 ? bytes : DEFAULT_MAX_BYTES;
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_BYTES;
    }
  }

  /** Keeps the scan in the client's PDM space and records the answer with a reference to it. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ServiceRequest record(
      long id, int version, ReceivedAnswer answer, String fileName, byte[] scan) {
    String name = PlainText.fileName(fileName);
    if (scan == null || scan.length == 0 || name == null || name.isBlank()) {
      throw new RequestRuleException("sd.rule.scanRequired");
    }
    if (scan.length > maxBytes()) {
      throw new RequestRuleException("sd.rule.scanTooLarge");
    }
    byte[] head = Arrays.copyOf(scan, Math.min(scan.length, ContentTypes.SNIFF_LENGTH));
    if (!ContentTypes.check(name, head, TYPES).allowed()) {
      throw new RequestRuleException("sd.rule.scanType");
    }
    ServiceRequest request = protocols.answerable(id, version);
    if (request.getClient() == null) {
      throw new RequestRuleException("sd.rule.scanNoClient");
    }
    long clientId = request.getClient().getId();
    PdmFile stored;
    try {
      stored =
          files.upload(
              new NewFile(
                  clientId,
                  folder(clientId),
                  name,
                  LegalBasis.CONTRACT,
                  "Протокол по " + request.getNumber() + " / Protocol of " + request.getNumber(),
                  null,
                  scan.length),
              new ByteArrayInputStream(scan));
    } catch (UnknownSpaceException notAssigned) {
      throw new RequestRuleException("sd.rule.scanNoSpace");
    }
    try {
      return protocols.recordReceived(
          id, version, answer, new Protocol.Evidence(stored.getId(), stored.getName()));
    } catch (RuntimeException refused) {
      files.delete(stored.getId());
      throw refused;
    }
  }

  private long folder(long clientId) {
    return spaces.folders(clientId).stream()
        .filter(f -> f.getName().equalsIgnoreCase(FOLDER))
        .map(Folder::getId)
        .findFirst()
        .orElseGet(() -> spaces.createFolder(clientId, FOLDER).getId());
  }
}

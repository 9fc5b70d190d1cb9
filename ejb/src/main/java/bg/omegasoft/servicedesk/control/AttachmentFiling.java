package bg.omegasoft.servicedesk.control;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.pdm.boundary.FiledAttachment;
import bg.omegasoft.pdm.boundary.Quarantine;
import bg.omegasoft.servicedesk.entity.QuarantinedAttachment;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Hands the content of an e-mail attachment to PDM, never keeping it here: into the space of the
 * request's client (or of the client the sender's address belongs to), else into PDM's encrypted
 * quarantine; the attachment's record and the request's history say where it went.
 */
@ApplicationScoped
public class AttachmentFiling {

  @EJB private Quarantine quarantine;
  @EJB private Clients clients;

  public FiledAttachment file(
      QuarantinedAttachment row,
      byte[] content,
      String sender,
      ServiceRequest request,
      Instant now) {
    Long clientId =
        request != null && request.getClient() != null
            ? request.getClient().getId()
            : clients.bySenderAddress(sender).map(Client::getId).orElse(null);
    String source = request != null ? request.getNumber() : "mail intake #" + row.getMailIntakeId();
    FiledAttachment filed =
        quarantine.fileFromMail(clientId, sender, source, row.getFileName(), content);
    row.filed(filed.spaceFileId(), filed.quarantineId(), filed.refusal());
    if (request != null) {
      request.note(now, IntakeProcessor.MAILBOX, note(row.getFileName(), filed));
    }
    return filed;
  }

  /** The history's pointer to the file (the file's name is the sender's own, never its content). */
  static String note(String name, FiledAttachment filed) {
    String file = "„" + (name == null ? "?" : name) + "“";
    if (filed.spaceFileId() != null) {
      return "Прикачен файл "
          + file
          + " → PDM, файл #"
          + filed.spaceFileId()
          + " (e-mail attachment filed in PDM)";
    }
    if (filed.quarantineId() != null) {
      return "Прикачен файл "
          + file
          + " → PDM карантина #"
          + filed.quarantineId()
          + " (e-mail attachment in the encrypted quarantine)";
    }
    return "Прикачен файл "
        + file
        + " не е запазен: "
        + filed.refusal()
        + " (e-mail attachment not kept)";
  }
}

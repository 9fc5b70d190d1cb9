package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.FileTooLargeException;
import bg.omegasoft.pdm.boundary.FileTypeRefusedException;
import bg.omegasoft.pdm.boundary.FiledAttachment;
import bg.omegasoft.pdm.entity.Folder;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.QuarantinedFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.Space;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Files what came by e-mail, in the caller's transaction: the content is checked and encrypted by
 * the {@link FileVault} exactly like an upload, then recorded as a file of the client's space (in
 * its e-mail folder, uploaded by the mailbox's account) or, for a sender of no known client, in the
 * encrypted quarantine. If the transaction does not commit, the stored content goes again.
 */
@ApplicationScoped
public class MailFiler {

  /** The account in whose name the mailbox files attachments (it cannot sign in). */
  public static final String MAILBOX_ACCOUNT = "omex-mailbox";

  /** The folder of a space that receives e-mail attachments. */
  public static final String FOLDER = "Писма (e-mail attachments)";

  private static final Logger LOG = Logger.getLogger(MailFiler.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private FileVault vault;
  @Inject private Notifier notifier;

  public FiledAttachment file(
      Long clientId, String sender, String source, String name, byte[] content, Instant now) {
    if (content == null) {
      return FiledAttachment.refused("tooLarge");
    }
    if (name == null || name.isBlank()) {
      return FiledAttachment.refused("noName");
    }
    String fileName = PlainText.fileName(name);
    PdmFile.Content stored;
    try {
      stored =
          vault.store(
              new ByteArrayInputStream(content),
              fileName,
              PdmConfiguration.maxBytes(),
              content.length);
    } catch (FileTooLargeException e) {
      return FiledAttachment.refused("tooLarge");
    } catch (FileTypeRefusedException e) {
      return FiledAttachment.refused("type");
    } catch (BusinessException e) {
      return FiledAttachment.refused("empty");
    } catch (RuntimeException e) {
      LOG.warning("An e-mail attachment could not be stored: " + e);
      return FiledAttachment.refused("storage");
    }
    vault.discardUnlessCommitted(stored.storageName());
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    if (clientId == null) {
      QuarantinedFile held =
          new QuarantinedFile(
              fileName,
              stored,
              sender,
              source,
              at,
              at.plus(Duration.ofDays(PdmConfiguration.quarantineRetentionDays())));
      em.persist(held);
      em.flush();
      return new FiledAttachment(null, null, held.getId(), null);
    }
    PdmFile file = intoSpace(clientId, fileName, stored, source, at);
    return new FiledAttachment(file.getId(), clientId, null, null);
  }

  /** Records stored content as a file of a client's space, in its e-mail folder. */
  public PdmFile intoSpace(
      long clientId, String name, PdmFile.Content stored, String source, Instant now) {
    ensureSpace(clientId);
    User mailbox = mailbox();
    Space space = em.find(Space.class, clientId);
    PdmFile file =
        new PdmFile(
            clientId,
            folder(clientId, mailbox, now).getId(),
            name,
            stored,
            new PdmFile.Origin(
                mailbox,
                Side.CLIENT,
                LegalBasis.CONTRACT,
                "Прикачен файл от писмо / e-mail attachment"
                    + (source == null ? "" : ", " + source),
                now,
                now.plus(space.retention(PdmConfiguration.defaultRetentionDays()))));
    em.persist(file);
    em.flush();
    em.persist(
        new SpaceEvent(
            clientId,
            now,
            new SpaceEvent.Actor(
                mailbox.getUsername(), mailbox.getFullName(), mailbox.getId(), Side.CLIENT),
            SpaceEvent.Action.FILE_UPLOADED,
            file,
            file.getSizeBytes() + " B, SHA-256 " + file.getSha256() + ", by e-mail",
            null));
    notifier.arrived(file, clientName(clientId), now);
    return file;
  }

  private Folder folder(long clientId, User mailbox, Instant now) {
    return em.createNamedQuery(Folder.FIND_BY_SPACE, Folder.class)
        .setParameter("clientId", clientId)
        .getResultStream()
        .filter(f -> FOLDER.equals(f.getName()))
        .findFirst()
        .orElseGet(
            () -> {
              Folder created = new Folder(clientId, FOLDER, mailbox.getId(), now);
              em.persist(created);
              em.flush();
              return created;
            });
  }

  private User mailbox() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", MAILBOX_ACCOUNT)
        .getSingleResult();
  }

  private void ensureSpace(long clientId) {
    em.createNativeQuery(
            "insert ignore into pdm_space (client_id, created_at)"
                + " select id, utc_timestamp(3) from client where id = ?")
        .setParameter(1, clientId)
        .executeUpdate();
  }

  private String clientName(long clientId) {
    bg.omegasoft.clients.entity.Client client =
        em.find(bg.omegasoft.clients.entity.Client.class, clientId);
    return client == null ? String.valueOf(clientId) : client.getName();
  }
}

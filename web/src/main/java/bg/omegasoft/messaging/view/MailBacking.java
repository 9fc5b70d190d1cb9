package bg.omegasoft.messaging.view;

import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.messaging.boundary.OutgoingMails;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** messaging/mail.xhtml: one outgoing mail as its recipient reads it, attachments to download. */
@Named
@RequestScoped
public class MailBacking {

  @EJB private OutgoingMails mails;
  @EJB private Outbox outbox;

  private Long id;
  private OutgoingMail mail;
  private String sender;

  public void load() {
    if (id == null) {
      throw new NotFoundException("mail", "?");
    }
    mail = mails.find(id);
    sender = outbox.sender();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OutgoingMail getMail() {
    return mail;
  }

  public String getSender() {
    return sender;
  }
}

package bg.omegasoft.servicedesk.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The client's answer to a protocol as staff received it on paper, by e-mail or otherwise: accepted
 * (with a rating) or disputed (with the reason in the comment), who signed it and on which day.
 */
public record ReceivedAnswer(
    Protocol.Decision decision,
    AnswerVia via,
    String signer,
    String position,
    LocalDate signedOn,
    Integer rating,
    String comment)
    implements Serializable {

  /** The signer's name, once the answer says how it came, on which day and who signed it. */
  String checkedSigner() {
    if (via == null || !via.isReceivedByStaff()) {
      throw new RequestRuleException("sd.rule.answerVia");
    }
    if (signedOn == null) {
      throw new RequestRuleException("sd.rule.answerSignedOn");
    }
    String name = Text.blankToNull(signer, 100);
    if (name == null) {
      throw new RequestRuleException("sd.rule.answerSigner");
    }
    return name;
  }
}

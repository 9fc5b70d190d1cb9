package bg.omegasoft.servicedesk.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The client's answer to a protocol as staff received it on paper, by e-mail or otherwise: accepted
 * (with a rating) or disputed (with the reason in the comment), who signed it and on which day.
 */
public record ReceivedAnswer(
    Protocol.Decision decision,
    Protocol.Via via,
    String signer,
    String position,
    LocalDate signedOn,
    Integer rating,
    String comment)
    implements Serializable {}

package bg.omegasoft.learning.control;

import java.util.List;

/** A quote was sent to a client: who receives it by e-mail, and the PDF to attach. */
public record QuoteSent(List<String> recipients, String number, String clientName, byte[] pdf) {}

package bg.omegasoft.pdm.boundary;

/**
 * Where an e-mail attachment went: a file of its client's space, the encrypted quarantine, or
 * nowhere (then {@code refusal} says why: its type, its size, empty, or storage unavailable).
 */
public record FiledAttachment(Long spaceFileId, Long clientId, Long quarantineId, String refusal) {

  public static FiledAttachment refused(String reason) {
    return new FiledAttachment(null, null, null, reason);
  }

  public boolean kept() {
    return refusal == null;
  }
}

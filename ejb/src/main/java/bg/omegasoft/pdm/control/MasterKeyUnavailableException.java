package bg.omegasoft.pdm.control;

/**
 * The master key is missing or unusable: PDM cannot store or open files. Shown to users as a
 * configuration fault (see {@code StorageUnavailableException}); the cause goes to the server log.
 */
public class MasterKeyUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MasterKeyUnavailableException(String message) {
    super(message);
  }
}

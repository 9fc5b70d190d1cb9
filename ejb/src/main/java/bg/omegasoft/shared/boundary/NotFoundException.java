package bg.omegasoft.shared.boundary;

/** Something asked for by its id or number does not exist (or is not visible to the caller). */
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("notFound", what, id);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}

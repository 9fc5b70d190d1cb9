package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.boundary.BusinessException;

/** The consultant is already booked for (part of) that time. */
public class DoubleBookingException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DoubleBookingException(String consultant, String when) {
    super("sd.booking.taken", consultant, when);
  }
}

package bg.omegasoft.shared.control;

import java.time.ZoneId;

/** The time zone in which people of the business see and enter dates and times. */
public final class SofiaTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

  private SofiaTime() {}
}

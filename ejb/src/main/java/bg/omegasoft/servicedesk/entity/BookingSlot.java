package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One 15-minute unit of a consultant's calendar taken by a request. The database's primary key
 * (consultant, start) makes a double booking impossible even when two are made at once.
 */
@Entity
@Table(name = "booking_slot")
@IdClass(BookingSlot.Key.class)
@NamedQuery(
    name = BookingSlot.FIND_TAKEN,
    query =
        "select s from BookingSlot s where s.consultantId = :consultant and s.start >= :from"
            + " and s.start < :to and s.requestId <> :request")
@NamedQuery(
    name = BookingSlot.DELETE_OF_REQUEST,
    query = "delete from BookingSlot s where s.requestId = :request")
public class BookingSlot {

  public static final String FIND_TAKEN = "BookingSlot.findTaken";
  public static final String DELETE_OF_REQUEST = "BookingSlot.deleteOfRequest";
  public static final Duration UNIT = Duration.ofMinutes(15);

  @Id
  @Column(name = "consultant_id")
  private Long consultantId;

  /** UTC wall-clock time (an id attribute takes no converter, so not an Instant). */
  @Id
  @Column(name = "slot_start")
  private LocalDateTime start;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  protected BookingSlot() {}

  public BookingSlot(long consultantId, Instant start, long requestId) {
    this.consultantId = consultantId;
    this.start = utc(start);
    this.requestId = requestId;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public Instant getStart() {
    return start.toInstant(ZoneOffset.UTC);
  }

  /** A moment as the UTC wall-clock time the table keeps. */
  public static LocalDateTime utc(Instant moment) {
    return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
  }

  public Long getRequestId() {
    return requestId;
  }

  /** The primary key: consultant and start of the unit. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long consultantId;
    private LocalDateTime start;

    public Key() {}

    public Key(Long consultantId, LocalDateTime start) {
      this.consultantId = consultantId;
      this.start = start;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(consultantId, key.consultantId)
          && Objects.equals(start, key.start);
    }

    @Override
    public int hashCode() {
      return Objects.hash(consultantId, start);
    }
  }
}

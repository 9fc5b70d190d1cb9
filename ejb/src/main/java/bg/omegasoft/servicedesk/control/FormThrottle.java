package bg.omegasoft.servicedesk.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limit of the public forms (service requests and offer requests) per client address: at most
 * {@code omex.forms.limit} submissions (default 10) within 10 minutes.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FormThrottle {

  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();

  /** Counts a submission; false when the address is over its limit (the submission is refused). */
  public boolean allow(String address, Instant now) {
    if (submissions.size() > MAX_TRACKED_ADDRESSES) {
      submissions.clear();
    }
    Deque<Instant> recent =
        submissions.computeIfAbsent(address == null ? "-" : address, k -> new ArrayDeque<>());
    synchronized (recent) {
      Instant horizon = now.minus(WINDOW);
      while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
        recent.removeFirst();
      }
      if (recent.size() >= limit()) {
        return false;
      }
      recent.addLast(now);
      return true;
    }
  }

  static int limit() {
    return Integer.getInteger("omex.forms.limit", 10);
  }
}

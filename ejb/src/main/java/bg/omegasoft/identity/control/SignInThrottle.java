package bg.omegasoft.identity.control;

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
 * Slows down guessing from one address across many user names: after {@value #MAX_FAILURES} failed
 * sign-ins within {@link #WINDOW}, that address may not try again until the oldest failure leaves
 * the window. Per-account lockout lives on the user; this complements it for unknown names.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignInThrottle {

  static final int MAX_FAILURES = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public boolean isBlocked(String address, Instant now) {
    Deque<Instant> recent = failures.get(key(address));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent, now);
      return recent.size() >= MAX_FAILURES;
    }
  }

  public void recordFailure(String address, Instant now) {
    if (failures.size() > MAX_TRACKED_ADDRESSES) {
      failures.clear();
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, now);
      recent.addLast(now);
    }
  }

  public void recordSuccess(String address) {
    failures.remove(key(address));
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    Instant horizon = now.minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
      recent.removeFirst();
    }
  }

  private static String key(String address) {
    return address == null ? "-" : address;
  }
}

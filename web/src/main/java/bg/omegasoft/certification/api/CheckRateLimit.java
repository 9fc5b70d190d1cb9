package bg.omegasoft.certification.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits public certificate checks per client address (page and API together), so codes cannot be
 * tried in bulk: a bucket of {@code omex.check.burst} checks (30) refilled at {@code
 * omex.check.perMinute} (30) a minute. In memory, per node.
 */
@ApplicationScoped
public class CheckRateLimit {

  private static final int MAX_ADDRESSES = 10_000;

  private final int burst = Integer.getInteger("omex.check.burst", 30);
  private final double perMilli = Integer.getInteger("omex.check.perMinute", 30) / 60_000.0;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /** Whether a check from this address may go ahead now (and counts it). */
  public boolean allow(String address) {
    long now = System.currentTimeMillis();
    if (buckets.size() > MAX_ADDRESSES) {
      buckets.entrySet().removeIf(e -> now - e.getValue().at > 120_000);
    }
    Bucket bucket =
        buckets.computeIfAbsent(address == null ? "?" : address, a -> new Bucket(burst, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMilli);
      bucket.at = now;
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }
}

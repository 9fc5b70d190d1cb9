package bg.omegasoft.identity.control;

import bg.omegasoft.identity.entity.SignInCounter;
import bg.omegasoft.identity.entity.SignInCounter.Kind;
import bg.omegasoft.identity.entity.SignInPolicy;
import bg.omegasoft.shared.entity.InstantConverter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Slows down guessing of passwords without letting anyone lock an account (OWASP: "slow down online
 * guessing attacks with device cookies"). Each attempt is counted before its password is checked:
 *
 * <ul>
 *   <li>from a browser the account recognises (a valid device cookie of this account, see {@link
 *       DeviceProofs}): only against that device, so strangers' failures never keep the owner out;
 *   <li>from anywhere else: against the account from this address, the account from all
 *       unrecognised devices together, and this address across all accounts (password spraying).
 * </ul>
 *
 * A success withdraws the attempt and forgives the failures of this account from this address or
 * device, but never those of the address across accounts nor another account's. Counters live in
 * the database, so several nodes share them; they occupy a bounded number of slots and those whose
 * window ended are pruned. The user name need not exist: unknown names are counted the same way.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SignInThrottle {

  /** Slots per kind of counter: the table never holds more than four times this many rows. */
  public static final int SLOTS = 1 << 16;

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final InstantConverter MOMENTS = new InstantConverter();

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @EJB private SignInSecret secret;

  /**
   * Admits an attempt to sign in to the account from the address, counting it as a failure until
   * {@link #succeeded} says otherwise, or holds it back. {@code deviceNonce} is the nonce of a
   * valid device cookie of this account, or null.
   */
  public Admission admit(String account, String address, String deviceNonce, Instant now) {
    SignInPolicy policy = SignInSettings.policy();
    List<Key> keys = keysOf(account, address, deviceNonce);
    return InTransaction.run(
        tx,
        () -> {
          List<SignInCounter> counters = lock(keys, now);
          Duration wait = Duration.ZERO;
          Duration delay = Duration.ZERO;
          for (SignInCounter counter : counters) {
            wait = max(wait, counter.waitAt(now, policy));
            delay = max(delay, counter.delayAt(now, policy));
          }
          if (!wait.isZero()) {
            return Admission.heldBack(delay);
          }
          counters.forEach(c -> c.countAttempt(now, policy));
          return Admission.admitted(keys.stream().map(Key::value).toList());
        });
  }

  /** The admitted attempt proved the password: see {@link SignInCounter#succeeded()}. */
  public void succeeded(Admission admission) {
    InTransaction.run(
        tx,
        () -> {
          em.createNamedQuery(SignInCounter.FIND_BY_KEYS, SignInCounter.class)
              .setParameter("keys", admission.counterKeys())
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultList()
              .forEach(SignInCounter::succeeded);
          return null;
        });
  }

  /**
   * The account's own counters start afresh (from any address and on any device), after an
   * administrator's reset or a new password; those of addresses across accounts stay.
   */
  public void reset(String account) {
    int slot = accountSlot(account);
    InTransaction.run(
        tx,
        () ->
            em.createNamedQuery(SignInCounter.DELETE_OF_ACCOUNT)
                .setParameter("slot", slot)
                .executeUpdate());
  }

  /** The counter of the account's attempts from unrecognised devices, if there is one. */
  public Optional<SignInCounter> fromUnrecognisedDevices(String account) {
    return Optional.ofNullable(em.find(SignInCounter.class, accountKey(account).value()));
  }

  /**
   * Which of the accounts are holding back attempts from unrecognised devices now, and until when.
   */
  public Map<String, Instant> heldBackAccounts(List<String> accounts, Instant now) {
    SignInPolicy policy = SignInSettings.policy();
    Map<String, Instant> heldBySlot = new HashMap<>();
    em.createNamedQuery(SignInCounter.FIND_OVER, SignInCounter.class)
        .setParameter("kind", Kind.ACCOUNT)
        .setParameter("failures", policy.accountFree())
        .getResultStream()
        .forEach(
            c -> {
              Instant until = c.heldUntil(now, policy);
              if (until != null) {
                heldBySlot.put(c.getSlotKey(), until);
              }
            });
    Map<String, Instant> held = new HashMap<>();
    if (!heldBySlot.isEmpty()) {
      for (String account : accounts) {
        Instant until = heldBySlot.get(accountKey(account).value());
        if (until != null) {
          held.put(account, until);
        }
      }
    }
    return held;
  }

  /** Removes the counters whose window ended: they count nothing any more. */
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void prune() {
    Instant cutoff = Instant.now().minus(SignInSettings.policy().window());
    try {
      int removed =
          InTransaction.run(
              tx,
              () ->
                  em.createNamedQuery(SignInCounter.DELETE_STARTED_BEFORE)
                      .setParameter("cutoff", cutoff)
                      .executeUpdate());
      LOG.fine(() -> "Pruned " + removed + " sign-in counters");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sign-in counters not pruned this time", e);
    }
  }

  /**
   * Locks the counters (creating the missing ones) in the order of their keys, so concurrent
   * attempts touching the same counters wait for each other rather than deadlock.
   */
  private List<SignInCounter> lock(List<Key> keys, Instant now) {
    List<Key> ordered = new ArrayList<>(keys);
    ordered.sort(Comparator.comparing(Key::value));
    for (Key key : ordered) {
      em.createNativeQuery(
              "insert into sign_in_counter (slot_key, kind, account_slot, failures,"
                  + " window_started_at) values (?, ?, nullif(?, -1), 0, ?)"
                  + " on duplicate key update slot_key = slot_key")
          .setParameter(1, key.value())
          .setParameter(2, key.kind().name())
          .setParameter(3, key.accountSlot() == null ? -1 : key.accountSlot())
          .setParameter(4, MOMENTS.convertToDatabaseColumn(now))
          .executeUpdate();
    }
    return em.createNamedQuery(SignInCounter.FIND_BY_KEYS, SignInCounter.class)
        .setParameter("keys", ordered.stream().map(Key::value).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private List<Key> keysOf(String account, String address, String deviceNonce) {
    int accountSlot = accountSlot(account);
    if (deviceNonce != null) {
      return List.of(new Key(Kind.DEVICE, slot(Kind.DEVICE, account, deviceNonce), accountSlot));
    }
    String source = addressGroup(address);
    return List.of(
        new Key(Kind.ACCOUNT_ADDRESS, slot(Kind.ACCOUNT_ADDRESS, account, source), accountSlot),
        new Key(Kind.ACCOUNT, accountSlot, accountSlot),
        new Key(Kind.ADDRESS, slot(Kind.ADDRESS, source), null));
  }

  private Key accountKey(String account) {
    int slot = accountSlot(account);
    return new Key(Kind.ACCOUNT, slot, slot);
  }

  private int accountSlot(String account) {
    return slot(Kind.ACCOUNT, account);
  }

  private int slot(Kind kind, String... parts) {
    return secret.hash().slot(SLOTS, "slot-" + kind.name(), parts);
  }

  /**
   * The address as counted: an IPv6 address by its /64 network (one subscriber gets a whole /64, so
   * counting single addresses there would count nothing), IPv4 as it is.
   */
  static String addressGroup(String address) {
    if (address == null || address.isBlank()) {
      return "-";
    }
    String literal = address.strip();
    if (literal.indexOf(':') < 0) {
      return literal;
    }
    try {
      byte[] bytes = InetAddress.getByName(literal).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      byte[] network = new byte[16];
      System.arraycopy(bytes, 0, network, 0, 8);
      return InetAddress.getByAddress(network).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return literal;
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** A counter's key, e.g. {@code ACCOUNT_ADDRESS:40127}. */
  private record Key(Kind kind, int slot, Integer accountSlot) {
    String value() {
      return kind.name() + ":" + slot;
    }
  }
}

package bg.omegasoft.identity.control;

import bg.omegasoft.shared.entity.InstantConverter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * The secret key of sign-in throttling: it places user names, addresses and devices in counter
 * slots an outsider cannot predict, and signs the device cookies. Made at first use with 256 random
 * bits and kept in the database (table {@code signing_key}), so every node of a cluster uses the
 * same one.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SignInSecret {

  private static final String PURPOSE = "sign-in";

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private volatile KeyedHash hash;

  public KeyedHash hash() {
    KeyedHash known = hash;
    if (known == null) {
      synchronized (this) {
        if (hash == null) {
          hash = new KeyedHash(InTransaction.run(tx, this::loadOrCreate));
        }
        known = hash;
      }
    }
    return known;
  }

  /** Another node may create the key at the same moment: the first one written is everybody's. */
  private byte[] loadOrCreate() {
    List<?> found = stored();
    if (found.isEmpty()) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      em.createNativeQuery(
              "insert ignore into signing_key (purpose, secret, created_at) values (?, ?, ?)")
          .setParameter(1, PURPOSE)
          .setParameter(2, fresh)
          .setParameter(3, new InstantConverter().convertToDatabaseColumn(Instant.now()))
          .executeUpdate();
      found = stored();
    }
    return (byte[]) found.get(0);
  }

  private List<?> stored() {
    return em.createNativeQuery("select secret from signing_key where purpose = ?")
        .setParameter(1, PURPOSE)
        .getResultList();
  }
}

package bg.omegasoft.it.pdm;

import bg.omegasoft.pdm.boundary.NewFile;
import bg.omegasoft.pdm.entity.LegalBasis;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Data the PDM tests share, made idempotently with SQL: a second client company with its own
 * administrator (the "foreign" side of the access matrix) and a data subject; plus small helpers.
 */
final class PdmFixtures {

  static final String FOREIGN_ADMIN = "pdm-it-foreign";
  static final String SUBJECT = "pdm-it-subject";
  static final String FOREIGN_UIC = "999000017";
  static final String DEMETRA_UIC = "201234563";

  private PdmFixtures() {}

  /** The foreign client company and its administrator; answers the client's id. */
  static long foreignClient(EntityManager em, UserTransaction tx) throws Exception {
    update(
        em,
        tx,
        "insert ignore into client (name, uic, email, created_at)"
            + " values ('Чужда Фирма ООД (PDM IT)', ?, 'office@foreign.example', utc_timestamp(3))",
        FOREIGN_UIC);
    user(em, tx, FOREIGN_ADMIN, "Олга Чуждева", "olga@foreign.example");
    return clientId(em, FOREIGN_UIC);
  }

  /** A client administrator of the foreign company whose data subject rights are exercised. */
  static long subject(EntityManager em, UserTransaction tx) throws Exception {
    foreignClient(em, tx);
    user(em, tx, SUBJECT, "Сава Субектов", "sava.subektov@foreign.example");
    return userId(em, SUBJECT);
  }

  private static void user(
      EntityManager em, UserTransaction tx, String username, String fullName, String email)
      throws Exception {
    update(
        em,
        tx,
        "insert ignore into app_user (username, full_name, email, password_hash, client_id,"
            + " password_changed_at, created_at) select ?, ?, ?, '!not-for-sign-in', id,"
            + " utc_timestamp(3), utc_timestamp(3) from client where uic = ?",
        username,
        fullName,
        email,
        FOREIGN_UIC);
    update(
        em,
        tx,
        "insert ignore into app_user_role (user_id, role)"
            + " select id, 'CLIENT_ADMIN' from app_user where username = ?",
        username);
  }

  /** The demo consultant "staff" is assigned to Деметра Агро (as the demo data has it). */
  static void staffAssignedToDemetra(EntityManager em, UserTransaction tx) throws Exception {
    update(
        em,
        tx,
        "insert ignore into pdm_assignment (client_id, user_id, assigned_at, assigned_by)"
            + " select c.id, s.id, utc_timestamp(3), a.id from client c join app_user s"
            + " on s.username = 'staff' join app_user a on a.username = 'admin' where c.uic = ?",
        DEMETRA_UIC);
  }

  static long demetra(EntityManager em) {
    return clientId(em, DEMETRA_UIC);
  }

  static long clientId(EntityManager em, String uic) {
    return number(em, "select id from client where uic = ?", uic);
  }

  static long userId(EntityManager em, String username) {
    return number(em, "select id from app_user where username = ?", username);
  }

  static long number(EntityManager em, String sql, Object... parameters) {
    return ((Number) query(em, sql, parameters).getSingleResult()).longValue();
  }

  @SuppressWarnings("unchecked")
  static List<Object> column(EntityManager em, String sql, Object... parameters) {
    return query(em, sql, parameters).getResultList();
  }

  static Object single(EntityManager em, String sql, Object... parameters) {
    return query(em, sql, parameters).getSingleResult();
  }

  static int update(EntityManager em, UserTransaction tx, String sql, Object... parameters)
      throws Exception {
    tx.begin();
    try {
      int changed = query(em, sql, parameters).executeUpdate();
      tx.commit();
      return changed;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  private static Query query(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }

  /** An upload of a small CSV with a legal basis and purpose. */
  static NewFile csv(long clientId, String name) {
    return new NewFile(clientId, null, name, LegalBasis.CONTRACT, "integration test", null, -1);
  }

  static InputStream content(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV row naming a person, unique per call, to look for in stored bytes. */
  static String personalData() {
    return "ЕГН;Име;Заплата\n8001011234;Иван Петров "
        + UUID.randomUUID().toString().substring(0, 8)
        + ";2500\n";
  }

  /** Where the server keeps the encrypted content of a stored file. */
  static Path stored(String storageName) {
    return Path.of(System.getProperty("omex.data.dir"), "pdm", "files")
        .resolve(storageName.substring(0, 2))
        .resolve(storageName + ".omx");
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
  }
}

package bg.omegasoft.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: an employee of the vendor or of a client company. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = User.FIND_BY_USERNAME,
    query = "select u from User u where u.username = :username")
@NamedQuery(name = User.FIND_ALL, query = "select u from User u order by u.username")
@NamedQuery(
    name = User.LOCALE_BY_EMAIL,
    query = "select u.locale from User u where lower(u.email) = lower(:email) order by u.id")
@NamedQuery(
    name = User.FULL_NAMES,
    query = "select u.username, u.fullName from User u where u.username in :usernames")
public class User {

  public static final String FIND_BY_USERNAME = "User.findByUsername";
  public static final String FIND_ALL = "User.findAll";
  public static final String FULL_NAMES = "User.fullNames";
  public static final String LOCALE_BY_EMAIL = "User.localeByEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(nullable = false, length = 5)
  private String locale = "bg";

  @Column(name = "client_id")
  private Long clientId;

  /**
   * The generation of the credentials: a session remembers the one it began with and ends when it
   * changed (a new password, the account disabled).
   */
  @Column(name = "session_generation", nullable = false)
  private int sessionGeneration;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private int version;

  protected User() {}

  public User(String username, String fullName, String email, String passwordHash, Instant now) {
    this.username = normaliseUsername(username);
    this.fullName = fullName.strip();
    this.email = email == null || email.isBlank() ? null : email.strip();
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  /** User names are compared without case and surrounding spaces. */
  public static String normaliseUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public void recordSuccessfulSignIn(Instant now) {
    lastSignInAt = now;
  }

  /** A new password: every session opened with the old one ends. */
  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    endSessions();
  }

  /** The same password hashed with today's parameters: nothing else changes. */
  public void renewPasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /** Starts a new generation of sessions: those begun before end at their next request. */
  public void endSessions() {
    sessionGeneration++;
  }

  public void assignRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public void disable() {
    enabled = false;
    endSessions();
  }

  public void enable() {
    enabled = true;
  }

  public void describe(String fullName, String email, Long clientId) {
    this.fullName = fullName.strip();
    this.email = email == null || email.isBlank() ? null : email.strip();
    this.clientId = clientId;
  }

  /**
   * Erases what identifies the person (GDPR Art. 17) while the record stays for what refers to it:
   * name, e-mail and user name become the pseudonym, the company link and roles go, sign-in is
   * impossible (disabled, with a password hash no password matches).
   */
  public void anonymise(String pseudonym) {
    username = pseudonym;
    fullName = pseudonym;
    email = null;
    clientId = null;
    roles.clear();
    enabled = false;
    passwordHash = "!anonymised";
    lastSignInAt = null;
    endSessions();
  }

  public void preferLocale(String locale) {
    this.locale = locale;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getLocale() {
    return locale;
  }

  public Long getClientId() {
    return clientId;
  }

  public int getSessionGeneration() {
    return sessionGeneration;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}

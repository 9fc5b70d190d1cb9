package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.control.MoodleXml;
import bg.omegasoft.assessment.control.QuestionHtml;
import bg.omegasoft.assessment.entity.AttemptItem;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionImage;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Question banks per topic and level, written by TRAINERs: questions of five types with rich text,
 * a picture and a difficulty. A question that an attempt has drawn is never changed: editing it
 * makes its next version. Banks travel in and out as Moodle XML.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class QuestionBanks {

  static final String SUBJECT = "QuestionBank";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private Products products;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<QuestionBank> all() {
    return em.createNamedQuery(QuestionBank.FIND_ALL, QuestionBank.class).getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public QuestionBank find(long bankId) {
    QuestionBank bank = em.find(QuestionBank.class, bankId);
    if (bank == null) {
      throw new NotFoundException(SUBJECT, bankId);
    }
    return bank;
  }

  /** The topics of every product, to choose a bank's topic from. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<Topic> topics() {
    return products.all().stream().flatMap(p -> p.getTopics().stream()).toList();
  }

  /** A new bank for a topic at a level (one per topic and level). */
  public QuestionBank create(long topicId, Level level, String title) {
    Topic topic =
        topics().stream()
            .filter(t -> t.getId() == topicId)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("topic", "bank.topicRequired"));
    if (level == null) {
      throw new InvalidInputException("level", "bank.levelRequired");
    }
    String name = title == null || title.isBlank() ? topic.getName() : title.strip();
    if (name.length() > 200) {
      throw new InvalidInputException("title", "bank.titleTooLong");
    }
    boolean exists =
        !em.createNamedQuery(QuestionBank.FIND_BY_TOPIC_LEVEL, QuestionBank.class)
            .setParameter("topicId", topicId)
            .setParameter("level", level)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new InvalidInputException("topic", "bank.exists");
    }
    QuestionBank bank = new QuestionBank(topic, level, name, me(), now());
    em.persist(bank);
    em.flush();
    audit.record("BANK_CREATED", SUBJECT, bank.getId(), name + " " + level);
    return bank;
  }

  /** The questions of a bank in use (their current versions). */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<Question> questions(long bankId) {
    return em.createNamedQuery(Question.FIND_CURRENT_BY_BANK, Question.class)
        .setParameter("bankId", bankId)
        .getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public Question question(long questionId) {
    Question question = em.find(Question.class, questionId);
    if (question == null) {
      throw new NotFoundException("Question", questionId);
    }
    return question;
  }

  /** Every version of a question, oldest first. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<Question> history(long questionId) {
    return em.createNamedQuery(Question.FIND_LINEAGE, Question.class)
        .setParameter("lineage", question(questionId).getLineage())
        .getResultList();
  }

  /** Whether any attempt has drawn this version of the question. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public boolean isUsed(long questionId) {
    return em.createQuery(
                "select count(i) from AttemptItem i where i.question.id = :id", Long.class)
            .setParameter("id", questionId)
            .getSingleResult()
        > 0;
  }

  /** Adds a question; the text is cleaned of anything but formatting. */
  public Question add(long bankId, QuestionContent content, Long imageId) {
    QuestionBank bank = find(bankId);
    Question question = Question.create(bank, cleaned(content), checkedImage(imageId), me(), now());
    em.persist(question);
    em.flush();
    audit.record("QUESTION_ADDED", SUBJECT, bankId, "question " + question.getId());
    return question;
  }

  /**
   * Saves an edited question: in place while no attempt has drawn it, otherwise as its next
   * version, so past attempts keep the version they showed.
   *
   * @return the version that now holds the content
   */
  public Question edit(long questionId, QuestionContent content, Long imageId) {
    Question question = question(questionId);
    QuestionContent clean = cleaned(content);
    Long image = checkedImage(imageId);
    if (!isUsed(questionId)) {
      question.edit(clean, image);
      audit.record(
          "QUESTION_EDITED", SUBJECT, question.getBank().getId(), "question " + questionId);
      return question;
    }
    Question next = question.nextVersion(clean, image, me(), now());
    em.flush();
    em.persist(next);
    em.flush();
    audit.record(
        "QUESTION_VERSIONED",
        SUBJECT,
        question.getBank().getId(),
        "question " + questionId + " -> " + next.getId() + " (version " + next.getNumber() + ")");
    return next;
  }

  /** Takes a question out of its bank; attempts that drew it keep it. */
  public void retire(long questionId) {
    Question question = question(questionId);
    question.retire();
    audit.record("QUESTION_RETIRED", SUBJECT, question.getBank().getId(), "question " + questionId);
  }

  /**
   * Stores a question's picture (PNG, JPEG, GIF, WebP by its bytes, the same as the declared type;
   * at most 1 MB) and answers its id.
   */
  public long storeImage(String contentType, byte[] data) {
    QuestionImage image = new QuestionImage(contentType, data);
    em.persist(image);
    em.flush();
    return image.getId();
  }

  /**
   * A question's picture, for those it belongs to: a TRAINEE sees the pictures of the questions
   * drawn in their own attempts; those who read banks (STAFF) the pictures of questions; those who
   * edit banks (TRAINER, ADMIN) every picture, also one uploaded for a question not yet saved or no
   * longer on any question. Anyone else is answered as for a picture that does not exist, so an id
   * tells nobody whether a picture exists.
   */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.ADMIN
  })
  public QuestionImage image(long imageId) {
    if (!maySee(imageId)) {
      throw new NotFoundException("QuestionImage", imageId);
    }
    QuestionImage image = em.find(QuestionImage.class, imageId);
    if (image == null || !image.isGenuine()) {
      throw new NotFoundException("QuestionImage", imageId);
    }
    return image;
  }

  private boolean maySee(long imageId) {
    if (session.isCallerInRole(Roles.TRAINER) || session.isCallerInRole(Roles.ADMIN)) {
      return true;
    }
    if (session.isCallerInRole(Roles.STAFF)
        && em.createNamedQuery(Question.COUNT_WITH_IMAGE, Long.class)
                .setParameter("imageId", imageId)
                .getSingleResult()
            > 0) {
      return true;
    }
    return session.isCallerInRole(Roles.TRAINEE)
        && em.createNamedQuery(AttemptItem.COUNT_WITH_IMAGE_OF_TRAINEE, Long.class)
                .setParameter("imageId", imageId)
                .setParameter("username", me())
                .getSingleResult()
            > 0;
  }

  /** The bank as Moodle XML. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public String exportMoodle(long bankId) {
    QuestionBank bank = find(bankId);
    audit.record("BANK_EXPORTED", SUBJECT, bankId, bank.getTitle());
    return MoodleXml.write(bank.getTitle(), questions(bankId), this::imageOf);
  }

  /**
   * Adds the questions of a Moodle XML file to the bank. Every question is checked first; one that
   * fails stops the import with its number and nothing is added.
   *
   * @return how many questions were added
   */
  public int importMoodle(long bankId, byte[] xml) {
    QuestionBank bank = find(bankId);
    List<MoodleXml.Imported> imported = MoodleXml.read(xml);
    if (imported.isEmpty()) {
      throw new InvalidInputException("file", "bank.importEmpty");
    }
    int number = 1;
    for (MoodleXml.Imported item : imported) {
      try {
        cleaned(item.content()).check();
        if (item.image() != null) {
          QuestionImage.checkedType(item.imageType(), item.image());
        }
      } catch (InvalidInputException e) {
        throw new ImportFailedException(number);
      }
      number++;
    }
    for (MoodleXml.Imported item : imported) {
      Long imageId = item.image() == null ? null : storeImage(item.imageType(), item.image());
      em.persist(Question.create(bank, cleaned(item.content()), imageId, me(), now()));
    }
    em.flush();
    audit.record("BANK_IMPORTED", SUBJECT, bankId, imported.size() + " questions");
    return imported.size();
  }

  private MoodleXml.Image imageOf(Long imageId) {
    if (imageId == null) {
      return null;
    }
    QuestionImage image = em.find(QuestionImage.class, imageId);
    return image == null ? null : new MoodleXml.Image(image.getContentType(), image.data());
  }

  private Long checkedImage(Long imageId) {
    if (imageId != null && em.find(QuestionImage.class, imageId) == null) {
      throw new InvalidInputException("image", "question.imageUnknown");
    }
    return imageId;
  }

  private static QuestionContent cleaned(QuestionContent content) {
    String text = QuestionHtml.clean(content.text());
    return new QuestionContent(
        content.type(),
        content.difficulty(),
        text,
        content.trueAnswer(),
        content.numericAnswer(),
        content.numericTolerance(),
        content.explanation(),
        content.options());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}

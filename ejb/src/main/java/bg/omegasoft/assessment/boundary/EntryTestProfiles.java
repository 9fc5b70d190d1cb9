package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.TopicScore;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.EntryTestResults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The competence profile of a client's staff from their entry tests, for individual programmes: per
 * person, the latest entry-test result on each topic; per client, the average over the people
 * tested on it.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class EntryTestProfiles implements EntryTestResults {

  @PersistenceContext private EntityManager em;

  @Override
  public List<TopicResult> ofClient(long clientId) {
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, List<BigDecimal>> percents = new TreeMap<>();
    latestByPerson(clientId)
        .values()
        .forEach(
            topics ->
                topics
                    .values()
                    .forEach(
                        t -> {
                          names.put(t.getTopicId(), t.getTopicName());
                          percents
                              .computeIfAbsent(t.getTopicId(), k -> new ArrayList<>())
                              .add(t.getPercent());
                        }));
    return percents.entrySet().stream()
        .map(
            e ->
                new TopicResult(
                    e.getKey(), names.get(e.getKey()), average(e.getValue()), e.getValue().size()))
        .toList();
  }

  @Override
  public List<PersonResult> byPerson(long clientId) {
    List<PersonResult> people = new ArrayList<>();
    latestByPerson(clientId)
        .forEach(
            (person, topics) ->
                people.add(
                    new PersonResult(
                        person.name(),
                        topics.values().stream()
                            .map(
                                t ->
                                    new TopicResult(
                                        t.getTopicId(),
                                        t.getTopicName(),
                                        t.getPercent().setScale(0, RoundingMode.HALF_UP).intValue(),
                                        1))
                            .toList())));
    return people;
  }

  private record Person(long id, String name) {}

  /** Person (by name) → topic → their latest entry-test score on it. */
  private Map<Person, Map<Long, TopicScore>> latestByPerson(long clientId) {
    List<Attempt> attempts =
        em.createQuery(
                "select a from Attempt a where a.trainee.clientId = :client and a.status ="
                    + " bg.omegasoft.assessment.entity.AttemptStatus.SUBMITTED and a.test.kind ="
                    + " bg.omegasoft.assessment.entity.TestKind.ENTRY order by a.submittedAt",
                Attempt.class)
            .setParameter("client", clientId)
            .getResultList();
    Map<Person, Map<Long, TopicScore>> latest =
        new TreeMap<>(Comparator.comparing(Person::name).thenComparing(Person::id));
    for (Attempt attempt : attempts) {
      Person person = new Person(attempt.getTrainee().getId(), attempt.getTrainee().getFullName());
      Map<Long, TopicScore> topics = latest.computeIfAbsent(person, k -> new TreeMap<>());
      attempt.getTopicScores().forEach(t -> topics.put(t.getTopicId(), t));
    }
    return latest;
  }

  private static int average(List<BigDecimal> values) {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), 0, RoundingMode.HALF_UP).intValue();
  }
}

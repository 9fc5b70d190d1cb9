package bg.omegasoft.learning.boundary;

import java.util.List;

/**
 * Where an individual programme learns how a client's staff did in their entry tests, per topic.
 * The assessment capability implements it (a session bean); learning injects it as a required
 * dependency, so a platform without it fails to deploy.
 */
public interface EntryTestResults {

  /** The client's entry-test results, one line per topic tested. */
  List<TopicResult> ofClient(long clientId);

  /** Each tested person's competence profile: their latest entry-test result per topic. */
  default List<PersonResult> byPerson(long clientId) {
    return List.of();
  }

  /** How a client's staff did on one topic: the average score and how many were tested. */
  record TopicResult(long topicId, String topic, int averagePercent, int tested) {}

  /** One person's results per topic (averagePercent is theirs; tested is 1). */
  record PersonResult(String person, List<TopicResult> topics) {

    /** The person's percent on a topic, or null when they were not tested on it. */
    public Integer percentFor(long topicId) {
      return topics.stream()
          .filter(t -> t.topicId() == topicId)
          .map(TopicResult::averagePercent)
          .findFirst()
          .orElse(null);
    }
  }
}

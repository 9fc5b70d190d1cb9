package bg.omegasoft.learning.boundary;

import java.util.List;

/**
 * Where an individual programme learns how a client's staff did in their entry tests, per topic.
 * The assessment capability implements it (a CDI bean); until then there is no implementation and
 * the programme page says there are no entry tests yet.
 */
public interface EntryTestResults {

  /** The client's entry-test results, one line per topic tested. */
  List<TopicResult> ofClient(long clientId);

  /** How a client's staff did on one topic: the average score and how many were tested. */
  record TopicResult(long topicId, String topic, int averagePercent, int tested) {}
}

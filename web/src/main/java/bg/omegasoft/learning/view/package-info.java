/**
 * Pages of training: the public catalogue, authoring and publishing programmes, sessions and
 * enrolment, the learner's view, individual programmes with quotes, rates and dashboards.
 */
package bg.omegasoft.learning.view;

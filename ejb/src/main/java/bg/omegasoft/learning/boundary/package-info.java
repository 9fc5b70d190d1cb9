/**
 * What pages, the API and other capabilities call in learning: the public catalogue, authoring,
 * sessions and enrolment, the learner's view, individual programmes, rates, quotes and dashboards.
 */
package bg.omegasoft.learning.boundary;

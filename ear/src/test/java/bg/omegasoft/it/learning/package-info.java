/**
 * Integration tests of training: versions and publishing, enrolment under concurrency and the
 * waiting list, individual quotes, the public catalogue and the browser journey.
 */
package bg.omegasoft.it.learning;

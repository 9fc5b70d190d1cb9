/** The attempts API: a trainee takes a test with their own API token (start, answer, submit). */
package bg.omegasoft.assessment.api;

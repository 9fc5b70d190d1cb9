/**
 * Helpers of the tests: the random draw, grading, short-answer comparison, question HTML, item
 * statistics and the Moodle XML format.
 */
package bg.omegasoft.assessment.control;

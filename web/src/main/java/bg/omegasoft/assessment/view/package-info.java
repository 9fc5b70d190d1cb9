/**
 * The pages of tests: question banks and questions, test definitions with blueprints, taking an
 * attempt, results, item statistics.
 */
package bg.omegasoft.assessment.view;

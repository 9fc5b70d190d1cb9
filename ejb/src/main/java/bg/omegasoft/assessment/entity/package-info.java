/**
 * Questions in versions, tests with their blueprint, and attempts with their draw, answers and
 * grades; the rules of deadlines, answers and scoring live here.
 */
package bg.omegasoft.assessment.entity;

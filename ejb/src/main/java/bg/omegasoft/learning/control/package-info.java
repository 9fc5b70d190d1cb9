/**
 * Helpers of the learning capability: the individual price formula, the comparison of two programme
 * versions, lesson HTML cleaning and the quote PDF.
 */
package bg.omegasoft.learning.control;

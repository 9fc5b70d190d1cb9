/**
 * Tests: question banks per topic and level, entry and final tests of programmes, attempts against
 * the server's clock, automatic grading and item statistics (DOMAIN A1-A5).
 */
package bg.omegasoft.assessment;

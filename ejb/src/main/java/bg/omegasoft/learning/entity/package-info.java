/**
 * Programmes, their versions, modules and lessons, sessions, enrolments, rates and quotes, with the
 * rules they keep themselves (a published version never changes, seats never exceed capacity) and
 * the typed failures those rules raise.
 */
package bg.omegasoft.learning.entity;

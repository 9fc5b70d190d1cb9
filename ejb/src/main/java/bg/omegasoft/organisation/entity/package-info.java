/**
 * The organisation record and the rules its details must satisfy; the business calendar (official
 * holidays, moved rest days, declared days) and the consultants' absences.
 */
package bg.omegasoft.organisation.entity;

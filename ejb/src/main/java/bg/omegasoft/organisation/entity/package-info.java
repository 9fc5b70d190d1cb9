/** The organisation record and the rules its details must satisfy. */
package bg.omegasoft.organisation.entity;

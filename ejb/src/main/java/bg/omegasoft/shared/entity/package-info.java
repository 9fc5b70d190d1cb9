/** Shared persistent types: audit events and the converters every entity uses. */
package bg.omegasoft.shared.entity;

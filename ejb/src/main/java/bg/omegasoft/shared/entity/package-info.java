/**
 * Shared persistent types and values: audit events, money, the vendor's letterhead, and the
 * converters every entity uses.
 */
package bg.omegasoft.shared.entity;

/**
 * The knowledge base: short articles per product and topic that point to the product's
 * documentation, help and forum. Staff send them to a caller from a phone consultation; clients
 * read the published ones in the portal.
 */
package bg.omegasoft.knowledge;

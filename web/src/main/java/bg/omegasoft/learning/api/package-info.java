/**
 * The public catalogue of standard programmes for the vendor's web site (GET /api/v1/catalogue).
 */
package bg.omegasoft.learning.api;

/**
 * The platform's health check (GET /api/v1/health) and its recovery after a database outage at
 * server start. It is deployed on its own so that it answers even when the application could not
 * start, and it brings the application up once the database is back.
 */
package bg.omegasoft.health;

/**
 * The REST API's shared parts: the application under /api/v1, answers in problem+json (RFC 9457) in
 * the caller's language, and the health check.
 */
package bg.omegasoft.shared.api;

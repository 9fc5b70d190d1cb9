/**
 * What the integration tests share: the deployment (the built EAR plus a test WAR), callers with a
 * given role, direct database access for fixtures, the headless browser, the plain-HTTP clients
 * (Http for ordinary calls, RawHttp for requests byte for byte, WebSession for a visit of the pages
 * without a browser) and the server log.
 */
package bg.omegasoft.it.support;

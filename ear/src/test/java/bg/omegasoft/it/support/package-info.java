/**
 * What the integration tests share: the deployment (the built EAR plus a test WAR), callers with a
 * given role, direct database access for fixtures, and the headless browser.
 */
package bg.omegasoft.it.support;

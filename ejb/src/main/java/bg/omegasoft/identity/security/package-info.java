/**
 * How a caller is recognised on each request (Jakarta Security): an API token for the REST API, the
 * sign-in form for pages, then the session. Deny by default: protected pages send strangers to the
 * sign-in page, the API answers them 401. It lives in the ejb module so that every web module of
 * the application (Jakarta Security applies to all of them) can resolve it.
 */
package bg.omegasoft.identity.security;

/** The service desk's REST API: the web site's request and offer forms, and request status. */
package bg.omegasoft.servicedesk.api;

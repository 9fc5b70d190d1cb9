package bg.omegasoft.clients.boundary;

/**
 * A company has just become a client (a CDI event, fired in the registering transaction), so that
 * other capabilities can react, e.g. reward whoever recommended it.
 */
public record ClientRegistered(long clientId, String uic, String name) {}

package bg.omegasoft.identity.boundary;

/**
 * A password was changed: sessions of an older generation have ended, and so have the API tokens
 * that were active.
 */
public record PasswordChanged(int sessionGeneration, int tokensEnded) {}

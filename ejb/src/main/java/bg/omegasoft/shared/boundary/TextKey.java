package bg.omegasoft.shared.boundary;

/**
 * An argument of a message that is itself a text of the bundles (e.g. the name of a holiday in a
 * refusal), so it is shown in the reader's language too.
 */
public record TextKey(String key) {}

package bg.omegasoft.assessment.boundary;

import java.time.Instant;

/** What a save answers: the item, the revision now stored, and the deadline it was checked at. */
public record SavedAnswer(long itemId, int revision, boolean changed, Instant deadline) {}

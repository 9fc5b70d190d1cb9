package bg.omegasoft.operations.boundary;

import java.io.Serializable;

/** How far a step got: items processed of the total it published. */
public record Progress(long processed, long total) implements Serializable {

  /** Whole per cent, 0 to 100; a step with nothing to do is complete. */
  public int percent() {
    if (total <= 0) {
      return 100;
    }
    return (int) Math.min(100, processed * 100 / total);
  }
}

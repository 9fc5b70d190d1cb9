package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

  private final KeyedHash hash = new KeyedHash("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void slotsStayInTheirRangeWhateverIsSent() {
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      int slot = hash.slot(1024, "slot-ADDRESS", "10.0." + (i / 256) + "." + (i % 256));
      assertTrue(slot >= 0 && slot < 1024, "slot " + slot);
      used.add(slot);
    }
    assertEquals(1024, used.size(), "100,000 addresses share 1,024 slots");
  }

  @Test
  void thePartsAreKeptApart() {
    assertNotEquals(
        Arrays.toString(hash.of("p", "ab", "c")), Arrays.toString(hash.of("p", "a", "bc")));
    assertNotEquals(Arrays.toString(hash.of("p", "a")), Arrays.toString(hash.of("q", "a")));
    assertEquals(Arrays.toString(hash.of("p", "a")), Arrays.toString(hash.of("p", "a")));
  }
}

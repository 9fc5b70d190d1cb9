package bg.omegasoft.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  @Test
  void exactlyTheLimitPassesOneMoreByteStopsTheStream() throws IOException {
    try (LimitedInputStream in =
        new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
      assertEquals(10, in.readAllBytes().length);
    }
    LimitedInputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
    LimitedInputStream.TooLargeException stop =
        assertThrows(LimitedInputStream.TooLargeException.class, over::readAllBytes);
    assertEquals(10, stop.limit());
  }
}

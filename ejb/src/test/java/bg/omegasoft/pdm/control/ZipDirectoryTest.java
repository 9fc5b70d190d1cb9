package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The directory of a zip archive read from its last bytes, ZIP64 included, nothing unpacked. */
class ZipDirectoryTest {

  @Test
  void theEntriesAndWhatTheyDeclareAreRead() throws Exception {
    byte[] zip = zip("архив за май", new byte[1000], new byte[200_000], "a;b\n".getBytes());
    ZipDirectory.Summary summary = ZipDirectory.read(zip);
    assertEquals(3, summary.entries());
    assertEquals(1000 + 200_000 + 4, summary.expandedBytes());
  }

  @Test
  void aZip64DirectoryIsRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < 70_000; i++) {
        out.putNextEntry(new ZipEntry("e" + i));
        out.write('x');
        out.closeEntry();
      }
    }
    byte[] zip = bytes.toByteArray();
    ZipDirectory.Summary summary = ZipDirectory.read(tail(zip));
    assertEquals(70_000, summary.entries(), "more than 65,535 entries: ZIP64 end records");
    assertEquals(70_000, summary.expandedBytes());
  }

  @Test
  void whatIsNotAWholeArchiveCannotBeRead() throws Exception {
    byte[] zip = zip(null, new byte[5000]);
    assertThrows(
        ZipDirectory.UnreadableException.class,
        () -> ZipDirectory.read(Arrays.copyOf(zip, zip.length - 5)),
        "cut short");
    assertThrows(
        ZipDirectory.UnreadableException.class,
        () ->
            ZipDirectory.read("PK\u0003\u0004 and then nothing".getBytes(StandardCharsets.UTF_8)));
    byte[] lying = zip.clone();
    lying[lying.length - 22 + 10] = 7;
    assertThrows(
        ZipDirectory.UnreadableException.class,
        () -> ZipDirectory.read(lying),
        "an end record that counts other entries than the directory has");
  }

  @Test
  void theTailKeepsTheLastBytesWhateverTheChunks() {
    byte[] data = new byte[ZipDirectory.TAIL_BYTES * 2 + 12_345];
    new Random(7).nextBytes(data);
    ZipDirectory.Tail tail = new ZipDirectory.Tail();
    int at = 0;
    for (int chunk : new int[] {1, 65_536, ZipDirectory.TAIL_BYTES + 3, 100_000, 7}) {
      tail.update(data, at, chunk);
      at += chunk;
    }
    while (at < data.length) {
      int chunk = Math.min(65_536, data.length - at);
      tail.update(data, at, chunk);
      at += chunk;
    }
    assertArrayEquals(
        Arrays.copyOfRange(data, data.length - ZipDirectory.TAIL_BYTES, data.length), tail.bytes());
    ZipDirectory.Tail shortOne = new ZipDirectory.Tail();
    shortOne.update(data, 0, 10);
    assertArrayEquals(Arrays.copyOf(data, 10), shortOne.bytes());
  }

  private static byte[] tail(byte[] file) {
    ZipDirectory.Tail tail = new ZipDirectory.Tail();
    tail.update(file, 0, file.length);
    return tail.bytes();
  }

  static byte[] zip(String comment, byte[]... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      if (comment != null) {
        out.setComment(comment);
      }
      for (int i = 0; i < entries.length; i++) {
        out.putNextEntry(new ZipEntry("entry-" + i + ".csv"));
        out.write(entries[i]);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}

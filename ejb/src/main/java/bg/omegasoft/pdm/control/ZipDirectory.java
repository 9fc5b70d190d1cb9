package bg.omegasoft.pdm.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What a zip archive (or an Office or ODF document, which are zip archives) says about itself in
 * its central directory: how many entries it has and how many bytes they declare they expand to.
 * Only the end of the file is read — the directory and its end record, ZIP64 included — and nothing
 * is decompressed, so a zip bomb is recognised by what it claims before anyone unpacks it.
 */
public final class ZipDirectory {

  /**
   * How much of a file's end is kept to read its directory: room for some 10,000 entries with long
   * names, the end record and the longest archive comment.
   */
  public static final int TAIL_BYTES = 4 * 1024 * 1024;

  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int END64_LOCATOR = 0x07064b50;
  private static final int ENTRY = 0x02014b50;
  private static final int END_LENGTH = 22;
  private static final long FULL16 = 0xFFFF;
  private static final long FULL32 = 0xFFFFFFFFL;

  /** The directory's figures. */
  public record Summary(long entries, long expandedBytes) {}

  /** The archive's directory could not be read from its end: not an archive, or a damaged one. */
  public static class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason) {
      super(reason);
    }
  }

  private ZipDirectory() {}

  /** Keeps the last {@link #TAIL_BYTES} of a stream as it passes, to read the directory after. */
  public static final class Tail {

    private final byte[] ring = new byte[TAIL_BYTES];
    private long total;

    public void update(byte[] data, int offset, int length) {
      if (length >= ring.length) {
        System.arraycopy(data, offset + length - ring.length, ring, 0, ring.length);
        total += length;
        total -= total % ring.length;
        return;
      }
      int at = (int) (total % ring.length);
      int first = Math.min(length, ring.length - at);
      System.arraycopy(data, offset, ring, at, first);
      System.arraycopy(data, offset + first, ring, 0, length - first);
      total += length;
    }

    /** The bytes kept, in their order. */
    public byte[] bytes() {
      if (total < ring.length) {
        return java.util.Arrays.copyOf(ring, (int) total);
      }
      int at = (int) (total % ring.length);
      byte[] ordered = new byte[ring.length];
      System.arraycopy(ring, at, ordered, 0, ring.length - at);
      System.arraycopy(ring, 0, ordered, ring.length - at, at);
      return ordered;
    }
  }

  /**
   * Reads the directory from the last bytes of a file.
   *
   * @param tail the file's last bytes (the whole file when it is shorter than {@link #TAIL_BYTES})
   */
  public static Summary read(byte[] tail) throws UnreadableException {
    ByteBuffer b = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN);
    int end = findEnd(b);
    long entries = b.getShort(end + 10) & FULL16;
    long directorySize = b.getInt(end + 12) & FULL32;
    int directoryEnd = end;
    if (entries == FULL16 || directorySize == FULL32) {
      int end64 = end64(b, end - 20);
      entries = b.getLong(end64 + 32);
      directorySize = b.getLong(end64 + 40);
      directoryEnd = end64;
    }
    long start = directoryEnd - directorySize;
    if (directorySize < 0 || start < 0) {
      throw new UnreadableException("the directory is larger than the part of the file read");
    }
    return entries(b, (int) start, directoryEnd, entries);
  }

  /** The ZIP64 end record: right before its locator, which is right before the end record. */
  private static int end64(ByteBuffer b, int locator) throws UnreadableException {
    if (locator < 0 || b.getInt(locator) != END64_LOCATOR) {
      throw new UnreadableException("ZIP64 without its locator");
    }
    for (int at = locator - 56; at >= Math.max(0, locator - 56 - 0xFFFF); at--) {
      if (b.getInt(at) == END64 && at + 12 + b.getLong(at + 4) == locator) {
        return at;
      }
    }
    throw new UnreadableException("no ZIP64 end record before its locator");
  }

  private static int findEnd(ByteBuffer b) throws UnreadableException {
    int last = b.limit() - END_LENGTH;
    int first = Math.max(0, last - 0xFFFF);
    for (int at = last; at >= first; at--) {
      if (b.getInt(at) == END && at + END_LENGTH + (b.getShort(at + 20) & FULL16) == b.limit()) {
        return at;
      }
    }
    throw new UnreadableException("no end of central directory record");
  }

  private static Summary entries(ByteBuffer b, int start, int end, long declared)
      throws UnreadableException {
    long count = 0;
    long expanded = 0;
    int at = start;
    while (at < end) {
      if (at + 46 > end || b.getInt(at) != ENTRY) {
        throw new UnreadableException("a damaged directory entry");
      }
      long size = b.getInt(at + 24) & FULL32;
      int nameLength = b.getShort(at + 28) & 0xFFFF;
      int extraLength = b.getShort(at + 30) & 0xFFFF;
      int commentLength = b.getShort(at + 32) & 0xFFFF;
      if (size == FULL32) {
        size = zip64Size(b, at + 46 + nameLength, extraLength);
      }
      expanded = size < 0 || expanded > Long.MAX_VALUE - size ? Long.MAX_VALUE : expanded + size;
      count++;
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (at != end || count != declared) {
      throw new UnreadableException("the directory does not match its end record");
    }
    return new Summary(count, expanded);
  }

  /** The uncompressed size from the ZIP64 extra field (its first value when the size is full). */
  private static long zip64Size(ByteBuffer b, int extra, int length) throws UnreadableException {
    int at = extra;
    while (at + 4 <= extra + length) {
      int id = b.getShort(at) & 0xFFFF;
      int size = b.getShort(at + 2) & 0xFFFF;
      if (id == 0x0001 && size >= 8) {
        return b.getLong(at + 4);
      }
      at += 4 + size;
    }
    throw new UnreadableException("a ZIP64 entry without its sizes");
  }
}

package bg.omegasoft.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log of the test server (standalone/log/server.log under the jboss.home system property), read
 * from a mark: what requests wrote while a test ran.
 */
public final class ServerLog {

  private static final Path FILE =
      Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");

  /** A record's first line: time, level, category and the thread in parentheses. */
  private static final Pattern RECORD =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2} [\\d:,]+ +(\\w+) +\\[[^\\]]*\\] \\(([^)]*)\\)");

  /** The threads that serve HTTP requests (Undertow's I/O threads and its workers). */
  private static final Pattern REQUEST_THREAD = Pattern.compile("default (task|I/O)-\\d+");

  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+[(<]|^Caused by: ");

  private ServerLog() {}

  /** The current end of the log, to read from later. */
  public static long mark() {
    try {
      return Files.size(FILE);
    } catch (IOException e) {
      throw new IllegalStateException("The server log is missing: " + FILE.toAbsolutePath(), e);
    }
  }

  /** What the log gained since the mark. */
  public static String since(long mark) {
    try (RandomAccessFile file = new RandomAccessFile(FILE.toFile(), "r")) {
      long length = file.length();
      byte[] added = new byte[(int) Math.max(0, length - mark)];
      file.seek(Math.min(mark, length));
      file.readFully(added);
      return new String(added, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The records that request threads wrote since the mark with a stack trace, or at WARN level or
   * above: a client error must leave at most one quiet line.
   */
  public static List<String> loudRequestRecordsSince(long mark) {
    List<String> loud = new ArrayList<>();
    String current = null;
    boolean requestThread = false;
    boolean reported = false;
    for (String line : since(mark).split("\n")) {
      Matcher record = RECORD.matcher(line);
      if (record.find()) {
        current = line;
        requestThread = REQUEST_THREAD.matcher(record.group(2)).matches();
        reported = false;
        String level = record.group(1);
        if (requestThread
            && (level.equals("WARN")
                || level.equals("WARNING")
                || level.equals("ERROR")
                || level.equals("SEVERE"))) {
          loud.add(shorten(line));
          reported = true;
        }
      } else if (requestThread && !reported && STACK_FRAME.matcher(line).find()) {
        loud.add(shorten(current) + " [with a stack trace]");
        reported = true;
      }
    }
    return loud;
  }

  private static String shorten(String line) {
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}

package bg.omegasoft.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log of the test server (standalone/log/server.log under the jboss.home system property), read
 * from a mark: what the threads serving requests wrote while a test ran. A problem is an entry with
 * a stack trace, or one at warning level or above: a client's error must leave at most one quiet
 * line.
 */
public final class ServerLog {

  private static final Path FILE =
      Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");

  /** An entry's first line: time, level, category and the thread in parentheses. */
  private static final Pattern ENTRY =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2} [\\d:,]+ +(\\w+) +\\[[^\\]]*\\] \\(([^)]*)\\)");

  /** The threads that serve HTTP requests (Undertow's workers and its I/O threads). */
  private static final Pattern REQUEST_THREAD = Pattern.compile("default (task|I/O)-\\d+");

  private static final Pattern PROBLEM_LEVEL = Pattern.compile("WARN|WARNING|ERROR|SEVERE|FATAL");

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

  /** The problems that request threads logged since the mark, each entry whole (cut at 2000). */
  public static List<String> problemsSince(long mark) {
    List<String> problems = new ArrayList<>();
    StringBuilder entry = null;
    boolean problem = false;
    for (String line : since(mark).split("\n")) {
      Matcher start = ENTRY.matcher(line);
      if (start.find()) {
        if (entry != null && problem) {
          problems.add(shorten(entry));
        }
        boolean requestThread = REQUEST_THREAD.matcher(start.group(2)).matches();
        entry = requestThread ? new StringBuilder(line) : null;
        problem = requestThread && PROBLEM_LEVEL.matcher(start.group(1)).matches();
      } else if (entry != null) {
        entry.append('\n').append(line);
        problem |= STACK_FRAME.matcher(line).find();
      }
    }
    if (entry != null && problem) {
      problems.add(shorten(entry));
    }
    return problems;
  }

  /** What the log gained since the mark (all of it when it was rotated meanwhile). */
  private static String since(long mark) {
    try (RandomAccessFile log = new RandomAccessFile(FILE.toFile(), "r")) {
      long from = log.length() < mark ? 0 : mark;
      byte[] added = new byte[(int) (log.length() - from)];
      log.seek(from);
      log.readFully(added);
      return new String(added, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shorten(CharSequence entry) {
    return entry.length() > 2000 ? entry.subSequence(0, 2000) + "…" : entry.toString();
  }
}

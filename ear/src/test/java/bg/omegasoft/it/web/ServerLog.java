package bg.omegasoft.it.web;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The test server's log (server.log under jboss.home): what the threads serving requests wrote
 * since a mark. A problem is an entry with a stack trace, or one at warning level or above.
 */
final class ServerLog {

  private static final Pattern ENTRY_START =
      Pattern.compile("(?m)^(?=\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} )");
  private static final Pattern PROBLEM_LEVEL =
      Pattern.compile("^\\S+ \\S+ (WARN|WARNING|ERROR|SEVERE|FATAL) ");

  private final Path file =
      Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

  long mark() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems that request threads logged since the mark. */
  List<String> problemsSince(long mark) {
    List<String> problems = new ArrayList<>();
    for (String entry : ENTRY_START.split(textSince(mark))) {
      String header = entry.lines().findFirst().orElse("");
      boolean requestThread = header.contains("(default task-");
      boolean problem = entry.contains("\n\tat ") || PROBLEM_LEVEL.matcher(header).find();
      if (requestThread && problem) {
        problems.add(entry.length() > 2000 ? entry.substring(0, 2000) + "…" : entry);
      }
    }
    return problems;
  }

  /** The bytes written since the mark (all of the file when it was rotated meanwhile). */
  private String textSince(long mark) {
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long from = log.length() < mark ? 0 : mark;
      byte[] added = new byte[(int) (log.length() - from)];
      log.seek(from);
      log.readFully(added);
      return new String(added, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

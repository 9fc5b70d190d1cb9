package bg.omegasoft.learning.control;

import bg.omegasoft.learning.entity.Lesson;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a programme: the programme's own details, and the modules
 * and lessons added, removed and changed. Modules and lessons are matched by their lineage, which
 * stays the same from version to version however they are renamed.
 */
public final class VersionComparison {

  /** What happened to a part. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** One difference: {@code part} is PROGRAMME, MODULE or LESSON; {@code module} its module. */
  public record Change(Kind kind, String part, String module, String title, String detail) {}

  private VersionComparison() {}

  /** The changes from {@code older} to {@code newer}. */
  public static List<Change> between(ProgrammeVersion older, ProgrammeVersion newer) {
    List<Change> changes = new ArrayList<>();
    details(older, newer, changes);
    Map<String, ProgrammeModule> before =
        byLineage(older.getModules(), ProgrammeModule::getLineage);
    Map<String, ProgrammeModule> after = byLineage(newer.getModules(), ProgrammeModule::getLineage);
    for (ProgrammeModule module : newer.getModules()) {
      ProgrammeModule was = before.get(module.getLineage());
      if (was == null) {
        changes.add(new Change(Kind.ADDED, "MODULE", module.getTitle(), module.getTitle(), null));
        module.getLessons().forEach(l -> changes.add(lesson(Kind.ADDED, module, l)));
      } else {
        if (was.differsFrom(module)) {
          changes.add(
              new Change(
                  Kind.CHANGED,
                  "MODULE",
                  module.getTitle(),
                  module.getTitle(),
                  renamed(was, module)));
        }
        lessons(was, module, changes);
      }
    }
    for (ProgrammeModule module : older.getModules()) {
      if (!after.containsKey(module.getLineage())) {
        changes.add(new Change(Kind.REMOVED, "MODULE", module.getTitle(), module.getTitle(), null));
      }
    }
    return changes;
  }

  private static void details(ProgrammeVersion older, ProgrammeVersion newer, List<Change> out) {
    List<String> fields = new ArrayList<>();
    if (!Objects.equals(older.getTitle(), newer.getTitle())) {
      fields.add("title");
    }
    if (!Objects.equals(older.getDescription(), newer.getDescription())) {
      fields.add("description");
    }
    if (!Objects.equals(older.getOutcomes(), newer.getOutcomes())) {
      fields.add("outcomes");
    }
    if (older.getPrice() == null
        ? newer.getPrice() != null
        : newer.getPrice() == null || older.getPrice().compareTo(newer.getPrice()) != 0) {
      fields.add("price");
    }
    if (older.getPassMark() != newer.getPassMark()) {
      fields.add("passMark");
    }
    if (older.getHours().compareTo(newer.getHours()) != 0) {
      fields.add("hours");
    }
    if (!fields.isEmpty()) {
      out.add(
          new Change(Kind.CHANGED, "PROGRAMME", null, newer.getTitle(), String.join(", ", fields)));
    }
  }

  private static void lessons(ProgrammeModule was, ProgrammeModule is, List<Change> out) {
    Map<String, Lesson> before = byLineage(was.getLessons(), Lesson::getLineage);
    Map<String, Lesson> after = byLineage(is.getLessons(), Lesson::getLineage);
    for (Lesson lesson : is.getLessons()) {
      Lesson old = before.get(lesson.getLineage());
      if (old == null) {
        out.add(lesson(Kind.ADDED, is, lesson));
      } else if (old.differsFrom(lesson)) {
        out.add(
            new Change(
                Kind.CHANGED,
                "LESSON",
                is.getTitle(),
                lesson.getTitle(),
                Objects.equals(old.getTitle(), lesson.getTitle()) ? null : old.getTitle()));
      }
    }
    for (Lesson lesson : was.getLessons()) {
      if (!after.containsKey(lesson.getLineage())) {
        out.add(lesson(Kind.REMOVED, is, lesson));
      }
    }
  }

  private static Change lesson(Kind kind, ProgrammeModule module, Lesson lesson) {
    return new Change(kind, "LESSON", module.getTitle(), lesson.getTitle(), null);
  }

  private static String renamed(ProgrammeModule was, ProgrammeModule is) {
    return Objects.equals(was.getTitle(), is.getTitle()) ? null : was.getTitle();
  }

  private static <T> Map<String, T> byLineage(List<T> items, Function<T, String> lineage) {
    return items.stream()
        .collect(Collectors.toMap(lineage, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}

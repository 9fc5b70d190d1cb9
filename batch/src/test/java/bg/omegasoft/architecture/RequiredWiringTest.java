package bg.omegasoft.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fail-fast wiring: a capability another one needs is injected as a plain dependency, so a missing
 * implementation fails the deployment instead of silently changing what the platform does (billing
 * once priced every client at list price when it could not find the contract terms). The only
 * {@code Instance} allowed is one that walks every implementation of a kind ({@code @Any}).
 */
class RequiredWiringTest {

  @Test
  void noDependencyIsLookedUpAsOptional() throws Exception {
    List<String> optional = new ArrayList<>();
    for (Class<?> type : classes()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Instance.class && !field.isAnnotationPresent(Any.class)) {
          optional.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertEquals(List.of(), optional, "optional lookups of a dependency");
  }

  @Test
  void billingRequiresTheContractTerms() throws Exception {
    for (String user :
        List.of(
            "bg.omegasoft.billing.boundary.Invoicing",
            "bg.omegasoft.billing.control.ChunkPricing")) {
      Field terms = Class.forName(user).getDeclaredField("contracts");
      assertEquals(
          Class.forName("bg.omegasoft.contracts.boundary.ContractTerms"), terms.getType(), user);
      assertTrue(terms.isAnnotationPresent(Inject.class), user);
    }
  }

  private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
    List<Class<?>> all = new ArrayList<>();
    for (Path classes :
        List.of(Path.of("target", "classes"), Path.of("..", "ejb", "target", "classes"))) {
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
          all.add(Class.forName(name.substring(0, name.length() - ".class".length())));
        }
      }
    }
    assertTrue(all.size() > 100, "the scan sees both modules");
    return all;
  }
}

package bg.omegasoft.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny by default for the business components: every public method of every session bean states who
 * may call it, on the method or on its class ({@code @RolesAllowed}, or {@code @PermitAll} where
 * the caller cannot be known yet, as at sign-in). A bean added without a decision fails here.
 */
class BoundaryAccessTest {

  @Test
  void everySessionBeanMethodDeclaresWhoMayCallIt() throws Exception {
    List<String> undecided = new ArrayList<>();
    for (Class<?> type : sessionBeans()) {
      boolean classDecides = decides(type.getAnnotation(RolesAllowed.class) != null, type);
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !method.isSynthetic()
            && !classDecides
            && !decides(false, method)) {
          undecided.add(type.getName() + "." + method.getName());
        }
      }
    }
    assertTrue(undecided.isEmpty(), "No access decision on: " + undecided);
  }

  @Test
  void theScanSeesTheBoundariesOfBothModules() throws Exception {
    List<Class<?>> beans = sessionBeans();
    assertTrue(beans.stream().anyMatch(c -> c.getSimpleName().equals("Users")), "ejb module");
    assertTrue(beans.stream().anyMatch(c -> c.getSimpleName().equals("Jobs")), "batch module");
  }

  private static boolean decides(boolean rolesAllowed, AnnotatedElement element) {
    return rolesAllowed
        || element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  static List<Class<?>> sessionBeans() throws IOException, ClassNotFoundException {
    List<Class<?>> beans = new ArrayList<>();
    for (Path classes :
        List.of(Path.of("target", "classes"), Path.of("..", "ejb", "target", "classes"))) {
      beans.addAll(sessionBeansIn(classes));
    }
    return beans;
  }

  private static List<Class<?>> sessionBeansIn(Path classes)
      throws IOException, ClassNotFoundException {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (type.isAnnotationPresent(Stateless.class)
            || type.isAnnotationPresent(Singleton.class)
            || type.isAnnotationPresent(Stateful.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }
}

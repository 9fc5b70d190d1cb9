package bg.omegasoft.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the EAR this build produced (never a hand-picked
 * list of classes), for in-container tests with a small test WAR added to it.
 */
public final class Deployments {

  private Deployments() {}

  /** The platform as built: for tests that act from outside (HTTP, browser). */
  public static EnterpriseArchive platform() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
  }

  /**
   * The platform with a test WAR holding the test class's package and this support package, so the
   * test runs inside the server and calls the boundaries directly.
   */
  public static EnterpriseArchive platformWithTestsOf(Class<?> testClass) {
    return platformWithTestsOf(testClass, new File[0]);
  }

  /** The same, with libraries the tests use inside the server (the jars of those classes). */
  public static EnterpriseArchive platformWithTestsOf(Class<?> testClass, Class<?>... libraries) {
    File[] jars = new File[libraries.length];
    for (int i = 0; i < libraries.length; i++) {
      try {
        jars[i] =
            new File(libraries[i].getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return platformWithTestsOf(testClass, jars);
  }

  private static EnterpriseArchive platformWithTestsOf(Class<?> testClass, File[] libraries) {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "tests.war")
            .addPackage(testClass.getPackage())
            .addPackage(Deployments.class.getPackage())
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .setManifest(
                new StringAsset(
                    "Manifest-Version: 1.0\nDependencies: org.jboss.ejb3, org.eclipse.persistence\n"))
            .addAsLibraries(libraries);
    // the test WAR, not the platform's own, is the one Arquillian enriches and runs the tests in
    return platform().addAsModule(Testable.archiveToTest(tests));
  }

  private static File earFile() {
    String path = System.getProperty("omex.ear", "target/omex.ear");
    File ear = new File(path);
    if (!ear.isFile()) {
      throw new IllegalStateException("The EAR to test is missing: " + ear.getAbsolutePath());
    }
    return ear;
  }
}

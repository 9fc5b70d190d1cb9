package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A capability another one needs is required wiring: the platform built without the contracts'
 * answer to billing (its {@code ContractTerms}) does not deploy, instead of pricing every client at
 * list price with no contract coverage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequiredWiringIT {

  private static final String WITHOUT_CONTRACT_TERMS = "without-contract-terms";
  private static final String EJB_MODULE = "omex-ejb.jar";

  @ArquillianResource private Deployer deployer;

  @Deployment(name = WITHOUT_CONTRACT_TERMS, managed = false, testable = false)
  static EnterpriseArchive withoutContractTerms() {
    EnterpriseArchive ear =
        ShrinkWrap.create(EnterpriseArchive.class, "omex-" + WITHOUT_CONTRACT_TERMS + ".ear")
            .merge(Deployments.platform());
    JavaArchive ejb =
        ShrinkWrap.create(ZipImporter.class, EJB_MODULE)
            .importFrom(ear.get(EJB_MODULE).getAsset().openStream())
            .as(JavaArchive.class);
    ejb.delete("bg/omegasoft/contracts/boundary/ContractTermsInForce.class");
    ear.delete(EJB_MODULE);
    return ear.addAsModule(ejb);
  }

  @Test
  void billingWithoutContractTermsFailsTheDeployment() {
    Exception failed = assertThrows(Exception.class, () -> deployer.deploy(WITHOUT_CONTRACT_TERMS));
    String why = messages(failed);
    assertTrue(why.contains("WELD-001408") && why.contains("ContractTerms"), why);
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}

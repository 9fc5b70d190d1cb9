package bg.omegasoft.shared.web;

/**
 * The Bulgarian texts (see {@link AllTexts}); present so that a Bulgarian page never falls back to
 * the JVM's default locale.
 */
public class AllTexts_bg extends AllTexts {

  public AllTexts_bg() {
    super(Texts.BULGARIAN);
  }
}

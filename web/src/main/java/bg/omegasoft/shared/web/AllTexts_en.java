package bg.omegasoft.shared.web;

/** The English texts of every capability (see {@link AllTexts}). */
public class AllTexts_en extends AllTexts {

  public AllTexts_en() {
    super(Texts.ENGLISH);
  }
}

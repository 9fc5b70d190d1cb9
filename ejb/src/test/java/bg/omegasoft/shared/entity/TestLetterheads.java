package bg.omegasoft.shared.entity;

/** The vendor's letterhead as the demo data has it, for document tests. */
public final class TestLetterheads {

  private TestLetterheads() {}

  public static Letterhead omegaSoft() {
    return new Letterhead(
        "ОмегаСофт ООД",
        "131578107",
        "BG131578107",
        "бул. Александър Малинов 51",
        "1712",
        "София",
        "+359 2 439 68 60",
        "office@omegasoft.bg",
        "www.omegasoft.bg");
  }
}

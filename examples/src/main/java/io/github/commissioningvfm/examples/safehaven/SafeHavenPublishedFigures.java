package io.github.commissioningvfm.examples.safehaven;

import io.github.commissioningvfm.vfm.audit.PrintedFigure;
import io.github.commissioningvfm.vfm.audit.PublishedFigures;
import io.github.commissioningvfm.vfm.audit.ReturnClaim;
import io.github.commissioningvfm.vfm.audit.ReturnFormula;
import io.github.commissioningvfm.vfm.audit.StatedReturn;

/**
 * The return printed for the Safe Haven programme in Sever (2025), MSc thesis, section 3.3.4.3.2,
 * with the formula stated in section 2.1.2.3, as input to the published-figure audit.
 */
public final class SafeHavenPublishedFigures {

  /** Where the return is printed. */
  public static final String SOURCE = "Sever (2025), section 3.3.4.3.2";
  /** Where the ROI formula is stated. */
  public static final String FORMULA_SOURCE = "Sever (2025), section 2.1.2.3";

  private SafeHavenPublishedFigures() {
  }

  /**
   * "ROI 15%" across all financial years, under the stated formula ROI = estimated savings /
   * intervention cost, described in the text as a gain ("for every GBP 1 invested, an additional
   * GBP 0.15 in savings was generated").
   *
   * @return the figures
   */
  public static PublishedFigures figures() {
    return PublishedFigures.builder("Sever (2025), Safe Haven programme")
        .returnOnInvestment(new ReturnClaim(PrintedFigure.of("ROI across all financial years", "15%",
            SOURCE + "; formula in " + FORMULA_SOURCE), ReturnFormula.RATIO, StatedReturn.GAIN))
        .build();
  }
}

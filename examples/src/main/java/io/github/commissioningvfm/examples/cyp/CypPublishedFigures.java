package io.github.commissioningvfm.examples.cyp;

import io.github.commissioningvfm.model.outcome.ScoreDirection;
import io.github.commissioningvfm.vfm.audit.AllocationRule;
import io.github.commissioningvfm.vfm.audit.ChangeDefinition;
import io.github.commissioningvfm.vfm.audit.Orientation;
import io.github.commissioningvfm.vfm.audit.PrintedFigure;
import io.github.commissioningvfm.vfm.audit.PublishedFigures;
import io.github.commissioningvfm.vfm.audit.QuotientClaim;
import io.github.commissioningvfm.vfm.audit.RegressionClaim;
import io.github.commissioningvfm.vfm.audit.SignClaim;
import io.github.commissioningvfm.vfm.audit.StatedEffect;
import io.github.commissioningvfm.vfm.audit.VfmPairClaim;
import java.util.List;

/**
 * The figures printed for the CYP Supported Self Help Programme in Sever (2025), MSc thesis,
 * section 3.3.4.3.1, as input to the published-figure audit: each figure exactly as printed, with
 * the relations the text states between them.
 */
public final class CypPublishedFigures {

  /** Where the figures are printed. */
  public static final String SOURCE = "Sever (2025), section 3.3.4.3.1";

  /** Change is final minus initial SDQ; "a negative value indicating improvement". */
  static final Orientation SDQ_CHANGE = Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE,
      ScoreDirection.LOWER_IS_BETTER);

  private CypPublishedFigures() {
  }

  /**
   * The printed figures: cost per meaningful change as threshold / weighted VfM; the regression
   * against the mean change; the unweighted and weighted VfM (0.133, and 0.135 as restated) under
   * per-session allocation; and the signs against the stated improvement.
   *
   * @return the figures
   */
  public static PublishedFigures figures() {
    PrintedFigure meanChange = PrintedFigure.of("mean SDQ change (points)", "-5.67", SOURCE);
    PrintedFigure meanSessions = PrintedFigure.of("mean sessions attended", "4", SOURCE);
    PrintedFigure weighted = PrintedFigure.of("weighted mean VfM (SDQ points per GBP)", "0.012", SOURCE);
    PrintedFigure sessionsCoefficient = PrintedFigure.of("sessions coefficient (SDQ points per session)", "4.12",
        SOURCE);
    PrintedFigure baselineCoefficient = PrintedFigure.of("baseline SDQ coefficient", "-0.70", SOURCE);
    return PublishedFigures.builder("Sever (2025), CYP Supported Self Help Programme")
        .quotient(new QuotientClaim("cost per meaningful change (GBP)",
            PrintedFigure.of("cost per meaningful change (GBP)", "£283.3", SOURCE),
            PrintedFigure.of("clinically meaningful SDQ change (points)", "2.86", SOURCE), weighted))
        .regression(new RegressionClaim("OLS of SDQ change", meanChange, PrintedFigure.of("constant", "-25.9", SOURCE),
            List.of(RegressionClaim.Coefficient.atPrintedMean("sessions", sessionsCoefficient, meanSessions),
                RegressionClaim.Coefficient.inRange("baseline SDQ", baselineCoefficient, 0, 40,
                    "SDQ total difficulties range 0-40; the mean is not printed")),
            List.of("age", "pathway")))
        .vfmPair(VfmPairClaim.builder(PrintedFigure.of("unweighted mean VfM (SDQ points per GBP)", "0.133", SOURCE),
            weighted, AllocationRule.PER_SESSION).meanChange(meanChange, SDQ_CHANGE).sessions(meanSessions, 1).build())
        .vfmPair(VfmPairClaim.builder(PrintedFigure.of("VfM restated as points per GBP", "0.135", SOURCE),
            weighted, AllocationRule.PER_SESSION).meanChange(meanChange, SDQ_CHANGE).sessions(meanSessions, 1).build())
        .sign(new SignClaim(meanChange, SDQ_CHANGE, StatedEffect.IMPROVEMENT))
        .sign(new SignClaim(sessionsCoefficient, SDQ_CHANGE, StatedEffect.IMPROVEMENT))
        .sign(new SignClaim(baselineCoefficient, SDQ_CHANGE, StatedEffect.IMPROVEMENT))
        .build();
  }
}

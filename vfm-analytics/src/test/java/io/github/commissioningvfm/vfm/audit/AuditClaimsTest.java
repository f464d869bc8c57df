package io.github.commissioningvfm.vfm.audit;

import static io.github.commissioningvfm.vfm.audit.AuditFixtures.RAW_LOWER_BETTER;
import static io.github.commissioningvfm.vfm.audit.AuditFixtures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.outcome.ScoreDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The claims refuse figures their checks cannot use, each at its limit, and print in words. */
class AuditClaimsTest {

  private static String refused(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  private static VfmPairClaim pair(String weighted, String meanSessions, double fewest) {
    return VfmPairClaim.builder(fig("unweighted VfM", "0.030"), fig("weighted VfM", weighted),
        AllocationRule.PER_SESSION).meanChange(fig("mean change", "-6.0"), RAW_LOWER_BETTER)
        .sessions(fig("mean sessions", meanSessions), fewest).build();
  }

  @Test
  void vfmPairNeedsPositiveWeightedVfmAndMeanSessions() {
    assertEquals("Argument 'weighted' must be positive: 0", refused(() -> pair("0", "4", 1)));
    assertEquals("Argument 'weighted' must be positive: -0.010", refused(() -> pair("-0.010", "4", 1)));
    assertEquals("Argument 'meanSessions' must be positive: 0.0", refused(() -> pair("0.010", "0.0", 1)));
    assertEquals(0.001, pair("0.001", "0.1", 0.1).weighted().value(), 0);
  }

  @Test
  void fewestSessionsMayReachButNotPassTheTopOfTheMeanSessionsRounding() {
    // printed mean 4 stands for [3.5, 4.5]
    assertEquals(4.5, pair("0.010", "4", 4.5).minSessions(), 0);
    assertEquals(4.4, pair("0.010", "4", 4.4).minSessions(), 0);
    assertEquals("Argument 'minSessions' must not exceed the printed mean sessions 4: 4.6",
        refused(() -> pair("0.010", "4", 4.6)));
    assertEquals("Argument 'minSessions' must be positive: 0.0", refused(() -> pair("0.010", "4", 0)));
  }

  @Test
  void coefficientRangeMayBeASinglePointButNotReversed() {
    RegressionClaim.Coefficient point = RegressionClaim.Coefficient.inRange("x", fig("x coefficient", "1.0"), 3, 3,
        "fixed by design");
    assertEquals(3, point.low(), 0);
    assertEquals(3, point.high(), 0);
    assertEquals("Argument 'high' must be at least low 3.0: 2.0", refused(() -> RegressionClaim.Coefficient.inRange(
        "x", fig("x coefficient", "1.0"), 3, 2, "reversed")));
    RegressionClaim.Coefficient atMean = RegressionClaim.Coefficient.atPrintedMean("x", fig("x coefficient", "1.0"),
        fig("mean x", "2"));
    assertEquals(List.of(1.5, 2.5, "printed mean 2 (constructed example)"),
        List.of(atMean.low(), atMean.high(), atMean.basis()));
  }

  @Test
  void signAndQuotientClaimsRefuseZero() {
    assertEquals("Argument 'figure' must be non-zero to carry a direction: 0.0", refused(() -> new SignClaim(
        fig("mean change", "0.0"), RAW_LOWER_BETTER, StatedEffect.IMPROVEMENT)));
    assertEquals("Argument 'denominator' must not be zero: 0", refused(() -> new QuotientClaim("q", fig("q", "1"),
        fig("n", "1"), fig("d", "0"))));
  }

  @Test
  void orientationSaysWhichSignIsImprovement() {
    assertEquals(List.of(
        "follow-up minus baseline on a higher-is-better measure: positive is improvement",
        "follow-up minus baseline on a lower-is-better measure: negative is improvement",
        "baseline minus follow-up on a higher-is-better measure: negative is improvement",
        "baseline minus follow-up on a lower-is-better measure: positive is improvement"),
        List.of(Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE, ScoreDirection.HIGHER_IS_BETTER).toString(),
            Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE, ScoreDirection.LOWER_IS_BETTER).toString(),
            Orientation.of(ChangeDefinition.BASELINE_MINUS_FOLLOW_UP, ScoreDirection.HIGHER_IS_BETTER).toString(),
            Orientation.of(ChangeDefinition.BASELINE_MINUS_FOLLOW_UP, ScoreDirection.LOWER_IS_BETTER).toString()));
    assertEquals(List.of(1, -1, -1, 1),
        List.of(Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE, ScoreDirection.HIGHER_IS_BETTER)
                .improvementSign(),
            Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE, ScoreDirection.LOWER_IS_BETTER).improvementSign(),
            Orientation.of(ChangeDefinition.BASELINE_MINUS_FOLLOW_UP, ScoreDirection.HIGHER_IS_BETTER).improvementSign(),
            Orientation.of(ChangeDefinition.BASELINE_MINUS_FOLLOW_UP, ScoreDirection.LOWER_IS_BETTER).improvementSign()));
  }

  @Test
  void figuresAndSlipCandidatesPrintInWords() {
    assertEquals("cost per case £283.3 (constructed example)", fig("cost per case", "£283.3").toString());
    PrintedFigure w = fig("points per pound", "0.021");
    assertEquals("0.021 -> 0.012 (transposed digits) in points per pound",
        new SlipCandidate(w, "0.012", EditKind.TRANSPOSED_DIGITS, List.of(), List.of()).toString());
    assertEquals("0.021 -> 0.21 (decimal shift) in points per pound; also reconciles a, b",
        new SlipCandidate(w, "0.21", EditKind.DECIMAL_SHIFT, List.of("a", "b"), List.of()).toString());
    assertEquals("0.021 -> 0.012 (transposed digits) in points per pound; also reconciles a; breaks c",
        new SlipCandidate(w, "0.012", EditKind.TRANSPOSED_DIGITS, List.of("a"), List.of("c")).toString());
  }
}

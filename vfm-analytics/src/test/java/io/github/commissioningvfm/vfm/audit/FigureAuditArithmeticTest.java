package io.github.commissioningvfm.vfm.audit;

import static io.github.commissioningvfm.vfm.audit.AuditFixtures.RAW_LOWER_BETTER;
import static io.github.commissioningvfm.vfm.audit.AuditFixtures.audit;
import static io.github.commissioningvfm.vfm.audit.AuditFixtures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic each check prints, line by line, on constructed figures whose every step is worked
 * by hand in the comments; limits of each check are tested at the limit itself.
 */
class FigureAuditArithmeticTest {

  private static final String NL = System.lineSeparator();
  private static final String RAW_LOWER_BETTER_WORDS =
      "follow-up minus baseline on a lower-is-better measure: negative is improvement";

  // ---- regression at the means ----

  /** y = 2.0 + 0.50 x1 - 1.50 x2, mean x1 printed 10 (so in [9.5, 10.5]) and x2 somewhere in [1, 2]. */
  private static RegressionClaim regression(String meanResponse, List<String> unprinted) {
    return new RegressionClaim("model", fig("mean y", meanResponse), fig("constant", "2.0"),
        List.of(RegressionClaim.Coefficient.atPrintedMean("x1", fig("x1 coefficient", "0.50"), fig("mean x1", "10")),
            RegressionClaim.Coefficient.inRange("x2", fig("x2 coefficient", "-1.50"), 1, 2, "range of x2")), unprinted);
  }

  private static RegressionFinding regressionFinding(String meanResponse, List<String> unprinted) {
    return audit(b -> b.regression(regression(meanResponse, unprinted))).findings(RegressionFinding.class).get(0);
  }

  @Test
  void regressionPrintsTheFitAtTheMiddlesAndWhatEachCovariateWouldNeed() {
    RegressionFinding g = regressionFinding("4.5", List.of());
    // at the middles: 2.0 + 0.5 x 10 - 1.5 x 1.5 = 4.75
    // over rounding: [1.95 + 0.495 x 9.5 - 1.505 x 2, 2.05 + 0.505 x 10.5 - 1.495 x 1] = [3.6425, 5.8575]
    // x1 for 4.5: (4.5 - (2.0 - 1.5 x 1.5)) / 0.5 = 9.5, the low end itself; x2: (4.5 - 7) / -1.5 = 1.66667
    assertEquals(List.of(
        "at the middle of each covariate's range: 2.0 + (0.50) x 10 + (-1.50) x 1.5 = 4.75",
        "x1: coefficient 0.50, mean in [9.5, 10.5] (printed mean 10 (constructed example))",
        "x2: coefficient -1.50, mean in [1, 2] (range of x2)",
        "fitted mean over the covariate ranges and rounding lies in [3.6425, 5.8575], which meets the mean response's"
            + " rounding interval [4.45, 4.55]",
        "to reproduce 4.5 with the other covariates at their middles, x1 would have to average 9.5, inside [9.5, 10.5]",
        "to reproduce 4.5 with the other covariates at their middles, x2 would have to average 1.66667, inside [1, 2]"),
        g.arithmetic());
    assertEquals("model: the printed coefficients at the covariate means can give the printed mean 4.5", g.summary());
    assertEquals("regression at the means", g.check());
    assertEquals("consistent (regression at the means): " + g.summary() + NL + "    " + String.join(NL + "    ",
        g.arithmetic()), g.toString());
    assertEquals(3.6425, g.fittedLow(), 1e-12);
    assertEquals(5.8575, g.fittedHigh(), 1e-12);
  }

  @Test
  void aCovariateNeededAtTheTopOfItsRangeIsInside() {
    // x1 for 5.0: (5.0 + 0.25) / 0.5 = 10.5, the high end itself
    assertTrue(regressionFinding("5.0", List.of()).arithmetic().contains("to reproduce 5.0 with the other covariates"
        + " at their middles, x1 would have to average 10.5, inside [9.5, 10.5]"));
  }

  @Test
  void aMissedMeanNamesTheGapAndWhatTheUnprintedTermsWouldNeed() {
    // 9.0 is at least 8.95, the fit at most 5.8575: gap 3.0925
    assertEquals("model: the printed coefficients at the covariate means give [3.6425, 5.8575], which cannot reach the"
        + " printed mean 9.0 (gap 3.0925)", regressionFinding("9.0", List.of()).summary());
    RegressionFinding above = regressionFinding("9.0", List.of("age", "pathway"));
    assertEquals("model: the printed coefficients at the covariate means give [3.6425, 5.8575], which cannot reach the"
        + " printed mean 9.0 (gap 3.0925) unless the unprinted terms contribute it", above.summary());
    assertTrue(above.arithmetic().contains("the terms whose coefficients were not printed (age, pathway) would have to"
        + " contribute at least +3.0925 at their means"), above.arithmetic().toString());
    assertTrue(above.toString().startsWith("INCONSISTENT (regression at the means): model:"), above.toString());
    // -9.0 is at most -8.95, the fit at least 3.6425: gap 12.5925, to be made up downwards
    RegressionFinding below = regressionFinding("-9.0", List.of("age"));
    assertEquals(12.5925, below.gap(), 1e-12);
    assertTrue(below.arithmetic().contains("the terms whose coefficients were not printed (age) would have to"
        + " contribute at least -12.5925 at their means"), below.arithmetic().toString());
  }

  @Test
  void aTransposedCoefficientIsFoundAmongTheRegressionsFigures() {
    // y = 2.0 + 0.05 x, mean x printed 10: the fit lies in [1.95 + 0.045 x 9.5, 2.05 + 0.055 x 10.5]
    // = [2.3775, 2.6275], far from the printed 7.0; a coefficient 0.50 (or 0.5) gives [6.6525, 7.3525]
    // (or [6.225, 7.825]); no edit of 7.0 (0.7, 0.70, 70) or of 2.0 (0.2, 0.20, 20) reaches
    RegressionClaim claim = new RegressionClaim("model", fig("mean y", "7.0"), fig("constant", "2.0"),
        List.of(RegressionClaim.Coefficient.atPrintedMean("x", fig("x coefficient", "0.05"), fig("mean x", "10"))),
        List.of());
    SlipFinding s = audit(b -> b.regression(claim)).findings(SlipFinding.class).get(0);
    assertEquals("model at the means: 2 single slips would reconcile it: 0.05 -> 0.50; 0.05 -> 0.5", s.summary());
    assertEquals(List.of(
        "0.05 -> 0.50 (transposed digits) in x coefficient: fitted mean over the covariate ranges and rounding lies in"
            + " [6.6525, 7.3525], which meets the mean response's rounding interval [6.95, 7.05]",
        "0.05 -> 0.5 (decimal shift) in x coefficient: fitted mean over the covariate ranges and rounding lies in"
            + " [6.225, 7.825], which meets the mean response's rounding interval [6.95, 7.05]"), s.arithmetic());
    assertEquals("transposed digits and decimal slips", s.check());
    assertTrue(s.toString().startsWith("INCONSISTENT (transposed digits and decimal slips): model at the means: 2"),
        s.toString());
  }

  // ---- slips shared between relations ----

  @Test
  void oneCorrectionThatReconcilesTwoRelationsSaysSo() {
    // w printed 0.021 for 0.012: 6 / 500 lies in [5.5 / 500.5, 6.5 / 499.5] = [0.010989, 0.013013], which
    // 0.012 meets and 0.021 misses; 3.6 / 0.012 = 300, while 3.6 / 0.021 lies in [165.1, 178.0].
    // 6.3 / 0.021 = 300 too: 3.6 -> 6.3 reconciles the second relation alone
    PrintedFigure w = fig("weighted VfM", "0.021");
    AuditReport r = audit(b -> b
        .quotient(new QuotientClaim("points per pound", w, fig("points", "6"), fig("pounds", "500")))
        .quotient(new QuotientClaim("cost per change", fig("cost per change", "300"), fig("threshold", "3.6"), w)));
    List<SlipFinding> slips = r.findings(SlipFinding.class);
    assertEquals(List.of("points per pound: 1 single slip would reconcile it: 0.021 -> 0.012",
        "cost per change: 2 single slips would reconcile it: 3.6 -> 6.3; 0.021 -> 0.012"),
        slips.stream().map(SlipFinding::summary).toList());
    assertEquals(List.of("0.021 -> 0.012 (transposed digits) in weighted VfM; also reconciles cost per change"),
        slips.get(0).candidates().stream().map(SlipCandidate::toString).toList());
    assertEquals(List.of("3.6 -> 6.3 (transposed digits) in threshold",
        "0.021 -> 0.012 (transposed digits) in weighted VfM; also reconciles points per pound"),
        slips.get(1).candidates().stream().map(SlipCandidate::toString).toList());
  }

  @Test
  void noReconcilingSlipIsSaidInTheSummary() {
    SlipFinding s = audit(b -> b.quotient(new QuotientClaim("ratio", fig("ratio", "7"), fig("a", "2"), fig("b", "5"))))
        .findings(SlipFinding.class).get(0);
    assertEquals("ratio: no single slip of the pen reconciles it", s.summary());
  }

  // ---- unweighted / weighted VfM ----

  private static VfmRatioFinding vfm(String unweighted, String weighted, AllocationRule rule, String meanChange,
      String meanSessions, double fewest, double deterioration) {
    VfmPairClaim claim = VfmPairClaim.builder(fig("unweighted VfM", unweighted), fig("weighted VfM", weighted), rule)
        .meanChange(fig("mean change", meanChange), RAW_LOWER_BETTER).sessions(fig("mean sessions", meanSessions),
            fewest).assumedMeanDeterioration(deterioration).build();
    return audit(b -> b.vfmPair(claim)).findings(VfmRatioFinding.class).get(0);
  }

  @Test
  void perSessionBoundPrintsEveryStepWithFewestSessionsAndDeterioration() {
    // d = 6, mean s = 4.0, fewest 2, D = 3; U / W = 0.030 / 0.010 = 3
    // c = 6 / (0.010 x 4.0) = 150; U x c = 4.5 against d / s = 1.5
    // bound as printed (4 / 2) x (6 + 3) / 6 = 3; over rounding (4.05 / 2) x (5.95 + 3) / 5.95 = 3.04601
    // needed positive part 3 x 2 / 4 x 6 = 9, so a deterioration of 9 - 6 = 3
    // U / W over rounding: [0.0295 / 0.0105, 0.0305 / 0.0095] = [2.80952, 3.21053], low end within 3.04601
    VfmRatioFinding v = vfm("0.030", "0.010", AllocationRule.PER_SESSION, "-6.0", "4.0", 2, 3);
    assertEquals(List.of(
        "U / W = 0.030 / 0.010 = 3",
        "mean improvement d = 6 points (printed mean change -6.0; " + RAW_LOWER_BETTER_WORDS + "), mean sessions 4.0,"
            + " fewest sessions 2",
        "cost per session implied: c = d / (W x mean s) = 6 / (0.010 x 4.0) = 150",
        "mean improvement per session implied by U: U x c = 0.030 x 150 = 4.5 points, against d / mean s = 1.5 points"
            + " per session",
        "bound: U / W = mean(d_i / s_i) x mean s / d <= (mean s / min s) x (d + D) / d = (4 / 2) x (6 + 3) / 6 = 3"
            + " (D = assumed mean deterioration; 3.04601 at the ends of the rounding)",
        "to reach U / W = 3 the mean of the positive parts of the improvements would have to be at least 3 x 2 / 4 x 6"
            + " = 9 points, a mean deterioration of at least 3 points",
        "U / W over rounding lies in [2.80952, 3.21053]; the bound is 3.04601, which it respects"), v.arithmetic());
    assertEquals(4.05 / 2 * (5.95 + 3) / 5.95, v.bound(), 1e-12);
    assertEquals(150, v.impliedCostPerSession(), 1e-9);
    assertEquals(4.5, v.impliedImprovementPerSession(), 1e-9);
    assertEquals("U / W = 3 is possible under per-session allocation", v.summary());
    assertEquals("unweighted / weighted VfM bound", v.check());
    assertTrue(v.toString().startsWith("consistent (unweighted / weighted VfM bound): U / W = 3 is possible"),
        v.toString());
  }

  @Test
  void ratioBeyondThePerSessionBoundSaysWhatItImplies() {
    // U / W = 0.060 / 0.010 = 6 against the bound 4.05 / 1 = 4.05; c = 6 / (0.010 x 4.0) = 150, U x c = 9
    VfmRatioFinding v = vfm("0.060", "0.010", AllocationRule.PER_SESSION, "-6.0", "4.0", 1, 0);
    assertEquals("U / W = 0.060 / 0.010 = 6 exceeds the bound 4.05 that per-session allocation allows (it implies 9"
        + " points of improvement per session)", v.summary());
    assertEquals("U / W over rounding lies in [5.66667, 6.36842]; the bound is 4.05, which it exceeds",
        v.arithmetic().get(v.arithmetic().size() - 1));
  }

  @Test
  void ratioExactlyAtTheBoundOverRoundingHolds() {
    // U = 3 and W = 2 stand for [2.5, 3.5] and [1.5, 2.5]: U / W is at least 2.5 / 2.5 = 1; with the fewest
    // sessions 4.5, the top of the mean 4, and no deterioration the bound is (4.5 / 4.5) x 5.95 / 5.95 = 1
    VfmRatioFinding v = vfm("3", "2", AllocationRule.PER_SESSION, "-6.0", "4", 4.5, 0);
    assertEquals(1, v.bound(), 0);
    assertTrue(v.consistent());
    assertEquals("U / W over rounding lies in [1, 2.33333]; the bound is 1, which it respects",
        v.arithmetic().get(v.arithmetic().size() - 1));
  }

  @Test
  void noImprovementLeavesTheRatioUnbounded() {
    // mean change 0.0: d = 0, and over rounding the improvement lies in [-0.05, 0.05]
    VfmRatioFinding v = vfm("0.030", "0.010", AllocationRule.PER_SESSION, "0.0", "4.0", 1, 0);
    assertEquals(List.of(
        "U / W = 0.030 / 0.010 = 3",
        "mean improvement d = 0 points (printed mean change 0.0; " + RAW_LOWER_BETTER_WORDS + "), mean sessions 4.0,"
            + " fewest sessions 1",
        "the printed mean change is not an improvement, so the ratio has no upper bound",
        "U / W over rounding lies in [2.80952, 3.21053]; the bound is undefined (the mean improvement may be zero or"
            + " less), which it respects"), v.arithmetic());
    assertEquals(Double.MAX_VALUE, v.bound(), 0);
    assertEquals(0, v.impliedCostPerSession(), 0);
    assertTrue(v.consistent());
  }

  @Test
  void equalSharesBoundTheRatioAtOne() {
    // U = W = 0.010 stand for [0.0095, 0.0105]; U / W in [0.0095 / 0.0105, 0.0105 / 0.0095] = [0.904762, 1.10526]
    VfmRatioFinding same = vfm("0.010", "0.010", AllocationRule.EQUAL_SHARE, "-6.0", "4.0", 1, 0);
    assertEquals(1, same.bound(), 0);
    assertEquals(List.of("U / W = 0.010 / 0.010 = 1", "with equal shares U = W; U / W over rounding lies in"
        + " [0.904762, 1.10526], which includes 1"), same.arithmetic());
    // U = 0.013: [0.0125 / 0.0105, 0.0135 / 0.0095] = [1.19048, 1.42105]
    VfmRatioFinding more = vfm("0.013", "0.010", AllocationRule.EQUAL_SHARE, "-6.0", "4.0", 1, 0);
    assertEquals(1, more.bound(), 0);
    assertEquals("with equal shares U = W; U / W over rounding lies in [1.19048, 1.42105], which excludes 1",
        more.arithmetic().get(1));
  }

  // ---- returns ----

  private static ReturnFinding returnFinding(String printed, ReturnFormula formula, StatedReturn stated) {
    return audit(b -> b.returnOnInvestment(new ReturnClaim(fig("ROI", printed), formula, stated)))
        .findings(ReturnFinding.class).get(0);
  }

  @Test
  void aRatioOfExactlyOneIsBreakEven() {
    // 100% read as a ratio: £1 back per £1, net 0; read as a net ROI: ratio 2
    ReturnFinding r = returnFinding("100%", ReturnFormula.RATIO, StatedReturn.GAIN);
    assertEquals(new ReturnFinding.Reading(1, 0, StatedReturn.NOT_STATED), r.asRatio());
    assertEquals(new ReturnFinding.Reading(2, 1, StatedReturn.GAIN), r.asNet());
    assertFalse(r.consistent());
    assertEquals(List.of(
        "read as an ROI ratio (benefits / cost): 100% = 1, £1 back per £1, net ROI 1 - 1 = 0 (break-even)",
        "read as a net ROI ((benefits - cost) / cost): 100% = 1, ROI ratio 1 + 1 = 2, £2 back per £1 (a gain)",
        "the stated formula (benefits / cost) makes 100% break-even; the text states a gain"), r.arithmetic());
    assertEquals("100% under the stated formula (ROI ratio) is break-even (ROI ratio 1), but the text states a gain"
        + " (ROI ratio 2 under the other reading)", r.summary());
    assertEquals("ratio or net return", r.check());
    assertTrue(r.toString().startsWith("INCONSISTENT (ratio or net return): 100% under"), r.toString());
  }

  @Test
  void aNetReturnOfZeroIsBreakEven() {
    // 0% read as a ratio: £0 back per £1, net -1; read as a net ROI: ratio 1
    ReturnFinding r = returnFinding("0%", ReturnFormula.NET, StatedReturn.LOSS);
    assertEquals(new ReturnFinding.Reading(0, -1, StatedReturn.LOSS), r.asRatio());
    assertEquals(new ReturnFinding.Reading(1, 0, StatedReturn.NOT_STATED), r.asNet());
    assertEquals(List.of(
        "read as an ROI ratio (benefits / cost): 0% = 0, £0 back per £1, net ROI 0 - 1 = -1 (a loss)",
        "read as a net ROI ((benefits - cost) / cost): 0% = 0, ROI ratio 1 + 0 = 1, £1 back per £1 (break-even)",
        "the stated formula ((benefits - cost) / cost) makes 0% break-even; the text states a loss"), r.arithmetic());
    assertEquals("0% under the stated formula (net ROI) is break-even (ROI ratio 1), but the text states a loss"
        + " (ROI ratio 0 under the other reading)", r.summary());
  }

  @Test
  void aReturnAgreeingWithItsFormulaOrWithoutOneSaysSo() {
    ReturnFinding net = returnFinding("15%", ReturnFormula.NET, StatedReturn.GAIN);
    assertEquals("15% under the stated formula is a gain, as the text says", net.summary());
    assertEquals("the stated formula ((benefits - cost) / cost) makes 15% a gain; the text states a gain",
        net.arithmetic().get(2));
    assertTrue(net.toString().startsWith("consistent (ratio or net return): 15% under"), net.toString());
    String open = "15% reads as ROI ratio 0.15 or net ROI 0.15 (ratio 1.15); the evaluation does not settle which";
    assertEquals(open, returnFinding("15%", ReturnFormula.NOT_STATED, StatedReturn.GAIN).summary());
    ReturnFinding unstated = returnFinding("15%", ReturnFormula.RATIO, StatedReturn.NOT_STATED);
    assertEquals(open, unstated.summary());
    assertTrue(unstated.consistent());
    assertEquals(2, unstated.arithmetic().size());
  }

  // ---- signs ----

  @Test
  void signPrintsItsReasoning() {
    SignFinding s = audit(b -> b.sign(new SignClaim(fig("mean change", "-3.1"), RAW_LOWER_BETTER,
        StatedEffect.IMPROVEMENT))).findings(SignFinding.class).get(0);
    assertEquals("consistent (sign against the stated direction): mean change -3.1: the sign means improvement, as"
        + " the text says" + NL + "    -3.1 is negative; " + RAW_LOWER_BETTER_WORDS + ", so its sign means improvement"
        + NL + "    the text (constructed example) calls it improvement", s.toString());
    assertEquals("sign against the stated direction", s.check());
    SignFinding positive = audit(b -> b.sign(new SignClaim(fig("coefficient", "2.0"), RAW_LOWER_BETTER,
        StatedEffect.DETERIORATION))).findings(SignFinding.class).get(0);
    assertEquals(List.of("2.0 is positive; " + RAW_LOWER_BETTER_WORDS + ", so its sign means deterioration",
        "the text (constructed example) calls it deterioration"), positive.arithmetic());
    assertTrue(positive.consistent());
  }
}

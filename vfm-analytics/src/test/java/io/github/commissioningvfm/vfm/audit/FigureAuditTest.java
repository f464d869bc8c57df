package io.github.commissioningvfm.vfm.audit;

import static io.github.commissioningvfm.vfm.audit.AuditFixtures.RAW_LOWER_BETTER;
import static io.github.commissioningvfm.vfm.audit.AuditFixtures.audit;
import static io.github.commissioningvfm.vfm.audit.AuditFixtures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.outcome.ScoreDirection;
import io.github.commissioningvfm.vfm.jackson.VfmJacksonModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check on constructed figures: one consistent case and one inconsistent case. */
class FigureAuditTest {

  // ---- quotient and slips ----

  @Test
  void quotientWithinRoundingIsConsistentAndProducesNoSlipSearch() {
    // 10 / 3 = 3.333..., printed 3.33
    AuditReport r = audit(b -> b.quotient(new QuotientClaim("cost per point", fig("cost per point", "3.33"),
        fig("cost", "10"), fig("points", "3"))));
    assertTrue(r.findings(QuotientFinding.class).get(0).consistent());
    assertTrue(r.findings(SlipFinding.class).isEmpty());
    assertTrue(r.inconsistencies().isEmpty());
  }

  @Test
  void quotientWithTransposedDigitsIsFoundWithItsCorrection() {
    // 1,000 / 8 = 125, printed as 152
    AuditReport r = audit(b -> b.quotient(new QuotientClaim("cost per case", fig("cost per case", "152"),
        fig("cost", "1,000"), fig("cases", "8"))));
    QuotientFinding q = r.findings(QuotientFinding.class).get(0);
    assertFalse(q.consistent());
    assertEquals(125, q.computed(), 1e-12);
    assertEquals(List.of("1,000 / 8 = 125 (cost per case)",
        "numerator / denominator over their rounding lies in [117.588, 133.4], which misses the result's rounding"
            + " interval [151.5, 152.5]",
        "printed result 152 (constructed example) differs from 125 by 27"), q.arithmetic());
    SlipFinding s = r.findings(SlipFinding.class).get(0);
    assertEquals(List.of("125"), s.candidates().stream().map(SlipCandidate::corrected).toList());
    assertEquals(EditKind.TRANSPOSED_DIGITS, s.candidates().get(0).kind());
  }

  @Test
  void decimalSlipIsFound() {
    // 6 / 50 = 0.12, printed 1.2
    AuditReport r = audit(b -> b.quotient(new QuotientClaim("points per pound", fig("points per pound", "1.2"),
        fig("points", "6"), fig("pounds", "50"))));
    SlipFinding s = r.findings(SlipFinding.class).get(0);
    assertTrue(s.candidates().stream().anyMatch(c -> c.corrected().equals("0.12") && c.kind() == EditKind.DECIMAL_SHIFT),
        s.toString());
  }

  @Test
  void slipCandidateReportsOtherRelationsItReconcilesOrBreaks() {
    // the same printed 0.12 used twice: 6 / 50 = 0.12 holds; 3.6 / 0.12 = 30, printed as 300
    PrintedFigure vfm = fig("points per pound", "0.12");
    AuditReport r = audit(b -> b
        .quotient(new QuotientClaim("points per pound", vfm, fig("points", "6"), fig("pounds", "50")))
        .quotient(new QuotientClaim("cost per change", fig("cost per change", "300"), fig("threshold", "3.6"), vfm)));
    SlipFinding s = r.findings(SlipFinding.class).get(0);
    SlipCandidate viaVfm = s.candidates().stream().filter(c -> c.figure().equals(vfm)).findFirst().orElseThrow();
    assertEquals("0.012", viaVfm.corrected());
    assertEquals(List.of("points per pound"), viaVfm.breaks());          // 6 / 50 is not 0.012
    assertTrue(s.candidates().stream().anyMatch(c -> c.corrected().equals("30") && c.breaks().isEmpty()), s.toString());
    assertTrue(viaVfm.toString().endsWith("; breaks points per pound"), viaVfm.toString());
  }

  @Test
  void noSlipIsReportedWhenNoSingleEditReconciles() {
    // 2 / 5 = 0.4, printed 7: no transposition or decimal shift of 7, 2 or 5 reaches it
    AuditReport r = audit(b -> b.quotient(new QuotientClaim("ratio", fig("ratio", "7"), fig("a", "2"), fig("b", "5"))));
    SlipFinding s = r.findings(SlipFinding.class).get(0);
    assertTrue(s.candidates().isEmpty());
    assertTrue(s.arithmetic().get(0).startsWith("no single transposition of adjacent digits or one-place decimal"
        + " shift in [7, 2, 5] makes it hold"), s.arithmetic().toString());
  }

  // ---- regression at the means ----

  private static RegressionClaim regression(String meanResponse) {
    // y = 2 + 0.5 x1 - 1.5 x2 with mean x1 = 10 and x2 in [1, 2]: fitted in [4, 5.5] before rounding
    return new RegressionClaim("model", fig("mean y", meanResponse), fig("constant", "2.0"),
        List.of(RegressionClaim.Coefficient.atPrintedMean("x1", fig("x1 coefficient", "0.50"), fig("mean x1", "10")),
            RegressionClaim.Coefficient.inRange("x2", fig("x2 coefficient", "-1.50"), 1, 2, "range of x2")), List.of());
  }

  @Test
  void regressionReproducingTheMeanIsConsistent() {
    RegressionFinding g = audit(b -> b.regression(regression("4.5"))).findings(RegressionFinding.class).get(0);
    assertTrue(g.consistent());
    assertEquals(0, g.gap(), 0);
  }

  @Test
  void regressionMissingTheMeanIsInconsistentWithTheGap() {
    RegressionFinding g = audit(b -> b.regression(regression("9.0"))).findings(RegressionFinding.class).get(0);
    assertFalse(g.consistent());
    // highest fit: 2.05 + 0.505 x 10.5 - 1.495 x 1 = 5.8575; printed 9.0 is at least 8.95
    assertEquals(2.05 + 0.505 * 10.5 - 1.495, g.fittedHigh(), 1e-12);
    assertEquals(8.95 - g.fittedHigh(), g.gap(), 1e-12);
    assertTrue(g.arithmetic().stream().anyMatch(s -> s.equals("to reproduce 9.0 with the other covariates at their"
        + " middles, x2 would have to average -1.33333, outside [1, 2]")), g.arithmetic().toString());
  }

  @Test
  void zeroCoefficientIsNotSolvedFor() {
    RegressionClaim zero = new RegressionClaim("model", fig("mean y", "9.0"), fig("constant", "2.0"),
        List.of(RegressionClaim.Coefficient.inRange("x", fig("x coefficient", "0.00"), 1, 2, "range of x")), List.of());
    RegressionFinding g = audit(b -> b.regression(zero)).findings(RegressionFinding.class).get(0);
    assertFalse(g.consistent());
    assertTrue(g.arithmetic().stream().noneMatch(s -> s.contains("would have to average")), g.arithmetic().toString());
  }

  // ---- unweighted / weighted VfM bound ----

  private static VfmPairClaim pair(String unweighted, AllocationRule rule) {
    return VfmPairClaim.builder(fig("unweighted VfM", unweighted), fig("weighted VfM", "0.010"), rule)
        .meanChange(fig("mean change", "-6.0"), RAW_LOWER_BETTER).sessions(fig("mean sessions", "4.0"), 1).build();
  }

  @Test
  void perSessionRatioWithinTheBoundIsConsistent() {
    // bound (4.05 / 1) x (5.95 + 0) / 5.95 = 4.05; ratio 0.030 / 0.010 = 3
    VfmRatioFinding v = audit(b -> b.vfmPair(pair("0.030", AllocationRule.PER_SESSION)))
        .findings(VfmRatioFinding.class).get(0);
    assertTrue(v.consistent());
    assertEquals(4.05, v.bound(), 1e-12);
    assertEquals(6.0 / (0.010 * 4.0), v.impliedCostPerSession(), 1e-12);
  }

  @Test
  void perSessionRatioBeyondTheBoundIsInconsistentAndAssumedDeteriorationWidensIt() {
    VfmRatioFinding v = audit(b -> b.vfmPair(pair("0.060", AllocationRule.PER_SESSION)))
        .findings(VfmRatioFinding.class).get(0);
    assertFalse(v.consistent());
    assertEquals(6, v.ratio(), 1e-12);
    assertEquals(0.060 * 150, v.impliedImprovementPerSession(), 1e-12);    // c = 6 / (0.01 x 4) = 150
    VfmPairClaim tolerant = VfmPairClaim.builder(fig("unweighted VfM", "0.060"), fig("weighted VfM", "0.010"),
        AllocationRule.PER_SESSION).meanChange(fig("mean change", "-6.0"), RAW_LOWER_BETTER)
        .sessions(fig("mean sessions", "4.0"), 1).assumedMeanDeterioration(3).build();
    VfmRatioFinding w = audit(b -> b.vfmPair(tolerant)).findings(VfmRatioFinding.class).get(0);
    assertEquals(4.05 * (5.95 + 3) / 5.95, w.bound(), 1e-12);          // 6.09
    assertTrue(w.consistent());
  }

  @Test
  void equalSharesRequireEqualVfm() {
    assertTrue(audit(b -> b.vfmPair(pair("0.010", AllocationRule.EQUAL_SHARE))).findings(VfmRatioFinding.class)
        .get(0).consistent());
    VfmRatioFinding v = audit(b -> b.vfmPair(pair("0.013", AllocationRule.EQUAL_SHARE)))
        .findings(VfmRatioFinding.class).get(0);
    assertFalse(v.consistent());
    assertEquals("U / W = 0.013 / 0.010 = 1.3 exceeds the value 1 that equal-share allocation allows", v.summary());
  }

  // ---- returns ----

  @Test
  void returnAgreeingWithItsFormulaIsConsistentAndShowsBothReadings() {
    ReturnFinding r = audit(b -> b.returnOnInvestment(new ReturnClaim(fig("ROI", "15%"), ReturnFormula.NET,
        StatedReturn.GAIN))).findings(ReturnFinding.class).get(0);
    assertTrue(r.consistent());
    assertEquals(new ReturnFinding.Reading(0.15, 0.15 - 1, StatedReturn.LOSS), r.asRatio());
    assertEquals(new ReturnFinding.Reading(1.15, 0.15, StatedReturn.GAIN), r.asNet());
    ReturnFinding open = audit(b -> b.returnOnInvestment(new ReturnClaim(fig("ROI", "15%"), ReturnFormula.NOT_STATED,
        StatedReturn.GAIN))).findings(ReturnFinding.class).get(0);
    assertTrue(open.consistent());
    assertTrue(open.summary().endsWith("the evaluation does not settle which"), open.summary());
  }

  @Test
  void returnContradictingItsFormulaIsInconsistent() {
    ReturnFinding r = audit(b -> b.returnOnInvestment(new ReturnClaim(fig("ROI", "80%"), ReturnFormula.RATIO,
        StatedReturn.GAIN))).findings(ReturnFinding.class).get(0);
    assertFalse(r.consistent());
    assertEquals(-0.2, r.asRatio().netRoi(), 1e-12);
  }

  // ---- signs ----

  @Test
  void signAgreeingWithTheStatedDirectionIsConsistent() {
    SignFinding s = audit(b -> b.sign(new SignClaim(fig("mean change", "-3.1"), RAW_LOWER_BETTER,
        StatedEffect.IMPROVEMENT))).findings(SignFinding.class).get(0);
    assertTrue(s.consistent());
    SignFinding higher = audit(b -> b.sign(new SignClaim(fig("mean change", "+3.1"), Orientation.of(
        ChangeDefinition.FOLLOW_UP_MINUS_BASELINE, ScoreDirection.HIGHER_IS_BETTER), StatedEffect.IMPROVEMENT)))
        .findings(SignFinding.class).get(0);
    assertTrue(higher.consistent());
  }

  @Test
  void signContradictingTheStatedDirectionIsInconsistent() {
    SignFinding s = audit(b -> b.sign(new SignClaim(fig("sessions coefficient", "2.0"), RAW_LOWER_BETTER,
        StatedEffect.IMPROVEMENT))).findings(SignFinding.class).get(0);
    assertFalse(s.consistent());
    assertEquals("sessions coefficient 2.0: the sign means deterioration, but the text calls it improvement",
        s.summary());
    SignFinding oriented = audit(b -> b.sign(new SignClaim(fig("sessions coefficient", "2.0"), Orientation.of(
        ChangeDefinition.BASELINE_MINUS_FOLLOW_UP, ScoreDirection.LOWER_IS_BETTER), StatedEffect.IMPROVEMENT)))
        .findings(SignFinding.class).get(0);
    assertTrue(oriented.consistent());
  }

  // ---- printed figures, edits, printing and JSON ----

  @Test
  void printedFiguresKeepTheirPrecision() {
    assertEquals(-25.9, fig("c", "−25.9").value(), 0);
    assertEquals(0.05, fig("c", "−25.9").halfUnit(), 1e-15);
    assertEquals(0.15, fig("r", "15%").value(), 1e-15);
    assertEquals(0.005, fig("r", "15%").halfUnit(), 1e-15);
    assertEquals(1234.5, fig("m", "£1,234.5").value(), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fig("mean", "about 4"));
    assertEquals("Argument 'printed' must be a number as printed (sign, optional £, digits, optional decimal point"
        + " and %) for 'mean': about 4", e.getMessage());
  }

  @Test
  void editsAreAdjacentTranspositionsAndOnePlaceDecimalShifts() {
    assertEquals(List.of("0.102", "0.021", "0.0012", "0.12"),
        Edits.of(fig("w", "0.012")).stream().map(e -> e.figure().printed()).toList());
    assertEquals(List.of("£823.3", "£238.3", "£28.33", "£2833"),
        Edits.of(fig("c", "£283.3")).stream().map(e -> e.figure().printed()).toList());
    assertEquals(List.of("-52.9", "-29.5", "-2.59", "-259"),
        Edits.of(fig("c", "-25.9")).stream().map(e -> e.figure().printed()).toList());
  }

  @Test
  void reportPrintsAndRoundTripsThroughJson() throws Exception {
    AuditReport report = FigureAudit.of(SeverEvaluationAuditTest.cyp());
    ObjectMapper mapper = new ObjectMapper().registerModule(new VfmJacksonModule());
    String json = mapper.writeValueAsString(report);
    assertTrue(json.contains("\"check\":\"slip\""), json);
    assertEquals(report, mapper.readValue(json, AuditReport.class));
    AuditReport safeHaven = FigureAudit.of(SeverEvaluationAuditTest.safeHaven());
    assertEquals(safeHaven, mapper.readValue(mapper.writeValueAsString(safeHaven), AuditReport.class));
    assertTrue(report.toString().contains("- INCONSISTENT (printed quotient): cost per meaningful change (GBP): 2.86"
        + " / 0.012 = 238.333, but £283.3 is printed"), report.toString());
  }
}

package io.github.commissioningvfm.vfm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.outcome.ScoreDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit run on the figures printed in Sever (2025), MSc thesis, "Strategic commissioning of VCSE
 * mental-health services in England": the Children and Young People Supported Self Help Programme
 * (section 3.3.4.3.1; cost basis in section 2.1.2.2.1) and the Safe Haven programme (section
 * 3.3.4.3.2; ROI formula in section 2.1.2.3). Every expected finding below is the arithmetic on
 * those printed figures.
 */
class SeverEvaluationAuditTest {

  static final String CYP = "Sever (2025), section 3.3.4.3.1";
  static final String ROI_FORMULA = "Sever (2025), section 2.1.2.3";
  static final String SAFE_HAVEN = "Sever (2025), section 3.3.4.3.2";

  /** Change is final minus initial SDQ (section 3.3.4.3.1: "a negative value indicating improvement"). */
  static final Orientation SDQ_CHANGE = Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE,
      ScoreDirection.LOWER_IS_BETTER);

  static PublishedFigures cyp() {
    PrintedFigure meanChange = PrintedFigure.of("mean SDQ change (points)", "-5.67", CYP);
    PrintedFigure meanSessions = PrintedFigure.of("mean sessions attended", "4", CYP);
    PrintedFigure weighted = PrintedFigure.of("weighted mean VfM (SDQ points per GBP)", "0.012", CYP);
    PrintedFigure sessionsCoefficient = PrintedFigure.of("sessions coefficient (SDQ points per session)", "4.12", CYP);
    return PublishedFigures.builder("Sever (2025), CYP Supported Self Help Programme")
        .quotient(new QuotientClaim("cost per meaningful change (GBP)",
            PrintedFigure.of("cost per meaningful change (GBP)", "£283.3", CYP),
            PrintedFigure.of("clinically meaningful SDQ change (points)", "2.86", CYP), weighted))
        .regression(new RegressionClaim("OLS of SDQ change", meanChange,
            PrintedFigure.of("constant", "-25.9", CYP),
            List.of(RegressionClaim.Coefficient.atPrintedMean("sessions", sessionsCoefficient, meanSessions),
                RegressionClaim.Coefficient.inRange("baseline SDQ", PrintedFigure.of("baseline SDQ coefficient", "-0.70", CYP),
                    0, 40, "SDQ total difficulties range 0-40; the mean is not printed")),
            List.of("age", "pathway")))
        .vfmPair(VfmPairClaim.builder(PrintedFigure.of("unweighted mean VfM (SDQ points per GBP)", "0.133", CYP),
            weighted, AllocationRule.PER_SESSION)
            .meanChange(meanChange, SDQ_CHANGE)
            .sessions(meanSessions, 1)      // "Participants sat at least one session"
            .build())
        .sign(new SignClaim(meanChange, SDQ_CHANGE, StatedEffect.IMPROVEMENT))
        .sign(new SignClaim(sessionsCoefficient, SDQ_CHANGE, StatedEffect.IMPROVEMENT))
        .sign(new SignClaim(PrintedFigure.of("baseline SDQ coefficient", "-0.70", CYP), SDQ_CHANGE,
            StatedEffect.IMPROVEMENT))
        .build();
  }

  static PublishedFigures safeHaven() {
    return PublishedFigures.builder("Sever (2025), Safe Haven programme")
        // formula "ROI = estimated savings / intervention cost" (2.1.2.3); "for every £1 invested,
        // an additional £0.15 in savings was generated" (3.3.4.3.2)
        .returnOnInvestment(new ReturnClaim(PrintedFigure.of("ROI across all financial years", "15%", SAFE_HAVEN
            + "; formula in " + ROI_FORMULA), ReturnFormula.RATIO, StatedReturn.GAIN))
        .build();
  }

  @Test
  void costPerMeaningfulChangeIsTransposed() {
    AuditReport report = FigureAudit.of(cyp());
    QuotientFinding q = report.findings(QuotientFinding.class).get(0);
    assertFalse(q.consistent());
    assertEquals(2.86 / 0.012, q.computed(), 1e-9);          // 238.33
    assertTrue(q.summary().contains("2.86 / 0.012 = 238.333, but £283.3 is printed"), q.summary());
    SlipFinding slip = slipFor(report, "cost per meaningful change (GBP)");
    assertEquals(List.of("£238.3"), slip.candidates().stream().map(SlipCandidate::corrected).toList());
    assertEquals(EditKind.TRANSPOSED_DIGITS, slip.candidates().get(0).kind());
  }

  @Test
  void unweightedVfmIsImplausibleUnderPerSessionAllocation() {
    AuditReport report = FigureAudit.of(cyp());
    VfmRatioFinding v = report.findings(VfmRatioFinding.class).get(0);
    assertFalse(v.consistent());
    assertEquals(0.133 / 0.012, v.ratio(), 1e-12);              // 11.08
    assertEquals(4.5, v.bound(), 1e-12);                        // mean sessions up to 4.5, at least 1 session each
    assertEquals(5.67 / (0.012 * 4), v.impliedCostPerSession(), 1e-9);          // GBP 118.13 per session
    assertEquals(0.133 * 5.67 / (0.012 * 4), v.impliedImprovementPerSession(), 1e-9);   // 15.7 points
    assertTrue(v.arithmetic().stream().anyMatch(s -> s.contains("= 15.7106 points")), v.arithmetic().toString());
    // the decimal slips that bring the ratio within the bound: 0.0133 for 0.133, or 0.12 (or 0.102) for 0.012
    List<String> fixes = slipFor(report, "unweighted / weighted VfM under per-session allocation").candidates()
        .stream().map(c -> c.figure().printed() + "->" + c.corrected()).toList();
    assertTrue(fixes.contains("0.133->0.0133"), fixes.toString());
    assertTrue(fixes.contains("0.012->0.12"), fixes.toString());
    assertFalse(fixes.contains("0.133->1.33"), fixes.toString());
  }

  @Test
  void theRestatedUnweightedFigureIsADecimalSlipToo() {
    // section 3.3.4.3.1 restates the VfM as "for every £1 spent, students improved by 0.135 points"
    PrintedFigure weighted = PrintedFigure.of("weighted mean VfM (SDQ points per GBP)", "0.012", CYP);
    PublishedFigures restated = PublishedFigures.builder("Sever (2025), CYP restated VfM")
        .vfmPair(VfmPairClaim.builder(PrintedFigure.of("VfM restated (SDQ points per GBP)", "0.135", CYP), weighted,
            AllocationRule.PER_SESSION).meanChange(PrintedFigure.of("mean SDQ change (points)", "-5.67", CYP),
            SDQ_CHANGE).sessions(PrintedFigure.of("mean sessions attended", "4", CYP), 1).build())
        .build();
    AuditReport report = FigureAudit.of(restated);
    assertFalse(report.findings(VfmRatioFinding.class).get(0).consistent());
    assertTrue(slipFor(report, "unweighted / weighted VfM").candidates().stream()
        .anyMatch(c -> c.corrected().equals("0.0135")), report.toString());
  }

  @Test
  void regressionCannotReproduceTheMeanChange() {
    RegressionFinding g = FigureAudit.of(cyp()).findings(RegressionFinding.class).get(0);
    assertFalse(g.consistent());
    // highest fit: -25.85 + 4.125 x 4.5 - 0.695 x 0 = -7.28750; the printed mean -5.67 rounds from >= -5.675
    assertEquals(-25.85 + 4.125 * 4.5, g.fittedHigh(), 1e-9);
    assertEquals(-5.675 - (-25.85 + 4.125 * 4.5), g.gap(), 1e-9);
    // at sessions 4, the baseline mean would have to be (-5.67 + 25.9 - 4.12 x 4) / -0.70 = -5.357
    assertTrue(g.arithmetic().stream().anyMatch(s -> s.contains("baseline SDQ would have to average -5.35714,"
        + " outside [0, 40]")), g.arithmetic().toString());
    assertTrue(g.arithmetic().stream().anyMatch(s -> s.contains("(age, pathway) would have to contribute at least +")),
        g.arithmetic().toString());
  }

  @Test
  void sessionsCoefficientContradictsTheStatedImprovement() {
    List<SignFinding> signs = FigureAudit.of(cyp()).findings(SignFinding.class);
    assertEquals(List.of(true, false, true), signs.stream().map(SignFinding::consistent).toList());
    assertEquals(StatedEffect.DETERIORATION, signs.get(1).implied());
  }

  @Test
  void safeHavenReturnHasTwoReadingsAndTheFormulaContradictsTheText() {
    AuditReport report = FigureAudit.of(safeHaven());
    ReturnFinding r = report.findings(ReturnFinding.class).get(0);
    assertEquals(0.15, r.asRatio().roiRatio(), 1e-12);
    assertEquals(-0.85, r.asRatio().netRoi(), 1e-12);
    assertEquals(1.15, r.asNet().roiRatio(), 1e-12);
    assertEquals(0.15, r.asNet().netRoi(), 1e-12);
    assertFalse(r.consistent());
    assertEquals(1, report.inconsistencies().size());
  }

  static SlipFinding slipFor(AuditReport report, String relation) {
    return report.findings(SlipFinding.class).stream().filter(s -> s.relation().startsWith(relation)).findFirst()
        .orElseThrow(() -> new AssertionError("no slip finding for " + relation + " in " + report));
  }

  @Test
  void printsTheReport() {
    String text = FigureAudit.of(cyp()).toString();
    assertTrue(text.startsWith("Audit of printed figures: Sever (2025), CYP Supported Self Help Programme"
        + " (7 of 9 findings inconsistent)"), text);
    assertTrue(text.contains("£283.3 -> £238.3 (transposed digits) in cost per meaningful change (GBP)"), text);
  }
}

package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {

  private static final double SUM_D = Models.sumOfFactors().doubleValue();

  @Test
  void oneWayTornadoByHand() {
    // NPV = (250 x volume - cost) x (1 + 1/1.035); base: (1250 - 1000) x 1.966184 = 491.55
    SensitivityTables t = Models.serviceAnalysis().oneWay("service", Metric.NPV);
    assertEquals(250 * SUM_D, t.baseValue().getAsDouble(), 1e-6);
    // volume 2..8 moves NPV by 250 x 6 x SUM_D = 2949.28; cost 800..1500 by 700 x SUM_D = 1376.33
    assertEquals("volume", t.tornado().get(0).input());
    assertEquals(1500 * SUM_D, t.tornado().get(0).swing().getAsDouble(), 1e-6);
    assertEquals(700 * SUM_D, t.tornado().get(1).swing().getAsDouble(), 1e-6);
    assertEquals((250 * 5 - 1500) * SUM_D, t.tornado().get(1).metricAtHigh().getAsDouble(), 1e-6);
  }

  @Test
  void switchingValuesByHand() {
    // NPV = 0 when cost = 250 x 5 = 1250, or when volume = 1000 / 250 = 4
    SensitivityTables npv = Models.serviceAnalysis().oneWay("service", Metric.NPV);
    assertEquals(1250, npv.switching().get(0).value().getAsDouble(), 1e-6);
    assertEquals(4, npv.switching().get(1).value().getAsDouble(), 1e-6);
    // ROI ratio = 1 at the same points (undiscounted ROI, same cost each year)
    SensitivityTables roi = Models.serviceAnalysis().oneWay("service", Metric.ROI_RATIO);
    assertEquals(1250, roi.switching().get(0).value().getAsDouble(), 1e-6);
    assertEquals(1.25, roi.baseValue().getAsDouble(), 1e-12);
  }

  @Test
  void switchingValueOutsideRangeIsReportedNotInvented() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 900, 1100))
        .input(UncertainInput.of("volume", 5, 5, 5)).build();
    SensitivityTables t = ua.oneWay("service", Metric.NPV);
    assertEquals(false, t.switching().get(0).value().isPresent());
    assertEquals("NPV does not reach 0.0 between 900.0 and 1100.0", t.switching().get(0).note());
    assertEquals("no range given for this input", t.switching().get(1).note());
  }

  @Test
  void scenariosTable() {
    ResultTable t = Models.serviceAnalysis().scenarios(List.of(new Scenario("pessimistic", Map.of("volume", 3.0))));
    assertEquals(List.of("base case", "service", "491.55", "1.2500"), t.rows().get(0));
    // (750 - 1000) x SUM_D = -491.55; ROI 750 / 1000
    assertEquals(List.of("pessimistic", "service", "-491.55", "0.7500"), t.rows().get(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Models.serviceAnalysis().scenarios(List.of(new Scenario("x", Map.of("price", 1.0)))));
    assertEquals("Scenario 'x' sets unknown input 'price'; inputs are [cost, volume]", e.getMessage());
  }

  @Test
  void psaNeedsASeed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PsaSettings.builder().iterations(10).build());
    assertEquals("Probabilistic sensitivity analysis needs a seed: call seed(long) so that the run can be reproduced",
        e.getMessage());
  }

  @Test
  void psaMeansMatchTheModel() {
    // NPV is linear in the inputs, so E[NPV] = (250 x E[volume] - E[cost]) x SUM_D = 491.55
    PsaResult r = Models.serviceAnalysis().psa(PsaSettings.builder().seed(11).iterations(20_000).threads(2).build());
    PsaOptionSummary s = r.summary("service");
    // sd of NPV = SUM_D x sqrt(250^2 x var(tri) + 150^2) = 1.966 x sqrt(62500 x 1.5 + 22500) = 1.966 x 342.1 = 672.7;
    // standard error over 20,000 draws = 4.8; allow 5 standard errors
    assertEquals(250 * SUM_D, s.meanNpv(), 25);
    assertEquals(true, s.npvLow() < s.meanNpv() && s.meanNpv() < s.npvHigh());
    assertEquals(0, s.roiUndefinedIterations());
    // P(best) sums to 1 at every threshold; at lambda = 0 nothing beats doing nothing
    for (AcceptabilityPoint p : r.acceptability()) {
      assertEquals(1.0, p.probabilityBest().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }
    assertEquals(1.0, r.acceptability().get(0).probabilityBest().get("status quo"), 1e-12);
    assertEquals(0.0, r.acceptability().get(0).evpi(), 1e-12);
    assertEquals(true, r.acceptability().get(2).evpi() > 0);
  }

  @Test
  void withoutDistributionsEveryIterationIsTheBaseCase() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 900, 1100)).input(UncertainInput.of("volume", 5, 4, 6)).build();
    PsaResult r = ua.psa(PsaSettings.builder().seed(1).iterations(50).thresholds(List.of(1.0)).build());
    PsaOptionSummary s = r.summary("service");
    assertEquals(250 * SUM_D, s.npvLow(), 1e-6);
    assertEquals(250 * SUM_D, s.npvHigh(), 1e-6);
    assertEquals(1.0, s.probabilityNpvPositive(), 0);
    // with no uncertainty, perfect information is worth nothing
    assertEquals(0.0, r.acceptability().get(0).evpi(), 1e-9);
    assertEquals(1.0, r.acceptability().get(0).probabilityBest().get("service"), 0);
  }
}

package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {

  private static final double SUM_D = Models.sumOfFactors().doubleValue();

  private static double value(Figure f) {
    return f.toDouble().orElseThrow();
  }

  @Test
  void oneWayTornadoByHand() {
    // NPV = (250 x volume - cost) x (1 + 1/1.035); base: (1250 - 1000) x 1.966184 = 491.55
    SensitivityTables t = Models.serviceAnalysis().oneWay("service", CbaStrategy.NPSV);
    assertEquals(250 * SUM_D, value(t.baseValue()), 1e-6);
    assertTrue(t.baseValue() instanceof Figure.Amount, t.baseValue().toString());
    // volume 2..8 moves NPV by 250 x 6 x SUM_D = 2949.28; cost 800..1500 by 700 x SUM_D = 1376.33
    assertEquals("volume", t.tornado().get(0).input());
    assertEquals(1500 * SUM_D, value(t.tornado().get(0).swing()), 1e-6);
    assertEquals(700 * SUM_D, value(t.tornado().get(1).swing()), 1e-6);
    assertEquals((250 * 5 - 1500) * SUM_D, value(t.tornado().get(1).metricAtHigh()), 1e-6);
    assertTrue(t.toString().contains("One-way sensitivity (tornado) of NPSV for 'service' [cba], base £491.55"),
        t.toString());
  }

  @Test
  void switchingValuesByHand() {
    // NPV = 0 when cost = 250 x 5 = 1250, or when volume = 1000 / 250 = 4
    SensitivityTables npv = Models.serviceAnalysis().oneWay("service", CbaStrategy.NPSV);
    assertEquals(1250, value(npv.switching().get(0).value()), 1e-6);
    assertEquals(4, value(npv.switching().get(1).value()), 1e-6);
    // ROI ratio = 1 at the same points (undiscounted ROI, same cost each year)
    SensitivityTables roi = Models.serviceAnalysis(RoiStrategy.undiscounted()).oneWay("service", RoiStrategy.ROI_RATIO);
    assertEquals(1250, value(roi.switching().get(0).value()), 1e-6);
    assertEquals(1.25, value(roi.baseValue()), 1e-12);
    assertEquals("1.250", roi.baseValue().toString());
  }

  @Test
  void switchingValueOutsideRangeIsReportedNotInvented() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 900, 1100))
        .input(UncertainInput.of("volume", 5, 5, 5)).build();
    SensitivityTables t = ua.oneWay("service", CbaStrategy.NPSV);
    assertEquals("undefined: does not reach NPSV = 0 between 900.0 and 1,100", t.switching().get(0).value().toString());
    assertEquals("undefined: no range given for this input", t.switching().get(1).value().toString());
  }

  @Test
  void aFailureInTheUsersModelIsReportedAsItself() {
    IllegalStateException boom = new IllegalStateException("the model cannot build a volume above 7");
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(v -> {
      if (v.get("volume") > 7) {
        throw boom;
      }
      return Models.service(v);
    }).input(UncertainInput.of("cost", 1000, 800, 1500)).input(UncertainInput.of("volume", 5, 2, 8)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ua.oneWay("service", CbaStrategy.NPSV));
    assertSame(boom, e);
    assertEquals("the model cannot build a volume above 7", e.getMessage());
  }

  @Test
  void aFailureInTheUsersModelOnAWorkerThreadIsReportedAsItself() {
    IllegalStateException boom = new IllegalStateException("the model cannot build a volume above 7.5");
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(v -> {
      if (v.get("volume") > 7.5) {
        throw boom;
      }
      return Models.service(v);
    }).input(UncertainInput.of("cost", 1000, 800, 1500, Distribution.Gamma.ofMeanSd(1000, 150)))
        .input(UncertainInput.of("volume", 5, 2, 8, new Distribution.Triangular(2, 5, 8)))
        .strategy(io.github.commissioningvfm.vfm.cba.CbaStrategy.greenBook()).build();
    // about 1 draw in 72 of the triangular (2, 5, 8) lies above 7.5, so 2,000 iterations on two threads meet one
    for (int threads : new int[] {1, 2}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ua.psa(PsaSettings.builder().seed(3).iterations(2_000).threads(threads).build()));
      assertSame(boom, e, "threads = " + threads);
    }
  }

  @Test
  void undefinedRatioWithinTheRangeIsSaidSo() {
    // the cost 0 makes the investment zero: the ROI ratio is undefined at the low end
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 0, 1500)).input(UncertainInput.of("volume", 5, 2, 8))
        .strategy(RoiStrategy.undiscounted()).build();
    SensitivityTables t = ua.oneWay("service", RoiStrategy.ROI_RATIO);
    TornadoRow cost = t.tornado().stream().filter(r -> r.input().equals("cost")).findFirst().orElseThrow();
    assertEquals("undefined: ROI ratio is undefined for these input values (benefits / investment)",
        cost.metricAtLow().toString());
    assertEquals("undefined: the metric is undefined at one end of the range", cost.swing().toString());
  }

  @Test
  void aMetricOfAnotherStrategyIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Models.serviceAnalysis().oneWay("service", RoiStrategy.ROI_RATIO));
    assertEquals("Strategy 'cba' has no metric 'roi-ratio'; its metrics are [npsv, bcr, incremental-pv-costs, "
        + "incremental-pv-benefits]", e.getMessage());
  }

  @Test
  void scenariosTable() {
    ResultTable t = Models.serviceAnalysis().scenarios(List.of(new Scenario("pessimistic", Map.of("volume", 3.0))));
    assertEquals(List.of("base case", "service", "£491.55 (2024/25 prices)", "1.250"), t.rows().get(0).subList(0, 4)
        .stream().map(Cell::toString).toList());
    // (750 - 1000) x SUM_D = -491.55; BCR 750 / 1000
    assertEquals(List.of("pessimistic", "service", "-£491.55", "0.7500"), t.rows().get(1).subList(0, 4).stream()
        .map(Cell::toString).toList().stream().map(x -> x.replace(" (2024/25 prices)", "")).toList());
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
    PsaSummary s = r.summary("service", "npsv");
    // sd of NPV = SUM_D x sqrt(250^2 x var(tri) + 150^2) = 1.966 x sqrt(62500 x 1.5 + 22500) = 1.966 x 342.1 = 672.7;
    // standard error over 20,000 draws = 4.8; allow 5 standard errors
    assertEquals(250 * SUM_D, value(s.mean()), 25);
    assertTrue(value(s.lower()) < value(s.mean()) && value(s.mean()) < value(s.upper()));
    assertEquals(0, s.undefinedIterations());
    assertTrue(s.interval().endsWith("(95% percentile interval of 20000 Monte Carlo draws)"), s.interval());
    // P(best) sums to 1 at every threshold; at lambda = 0 nothing beats doing nothing
    for (AcceptabilityPoint p : r.acceptability()) {
      assertEquals(1.0, p.probabilityBest().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }
    assertEquals(1.0, r.acceptability().get(0).probabilityBest().get("status quo"), 1e-12);
    assertEquals(0.0, r.acceptability().get(0).evpi(), 1e-12);
    assertTrue(r.acceptability().get(2).evpi() > 0);
  }

  @Test
  void withoutDistributionsEveryIterationIsTheBaseCase() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 900, 1100)).input(UncertainInput.of("volume", 5, 4, 6)).build();
    PsaResult r = ua.psa(PsaSettings.builder().seed(1).iterations(50).thresholds(List.of(1.0)).build());
    PsaSummary s = r.summary("service", "npsv");
    assertEquals(250 * SUM_D, value(s.lower()), 1e-6);
    assertEquals(250 * SUM_D, value(s.upper()), 1e-6);
    assertEquals("100.0%", s.probabilityAboveTarget().toString());
    // with no uncertainty, perfect information is worth nothing
    assertEquals(0.0, r.acceptability().get(0).evpi(), 1e-9);
    assertEquals(1.0, r.acceptability().get(0).probabilityBest().get("service"), 0);
  }
}

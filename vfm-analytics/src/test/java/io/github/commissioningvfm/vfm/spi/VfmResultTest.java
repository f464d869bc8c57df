package io.github.commissioningvfm.vfm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VfmResultTest {

  /**
   * Fixtures.oneYear("0", "20"): an option costing nothing that brings a benefit of 20 in its only year
   * (discount factor 1), against a counterfactual with no flows. NPSV = 20 - 0; the BCR's denominator,
   * the incremental PV costs, is zero.
   */
  private static VfmResult result() {
    return CbaStrategy.greenBook().evaluate(Fixtures.oneYear("0", "20"));
  }

  @Test
  void aFigureIsFoundByOptionAndMetric() {
    assertEquals("£20.00 (2024/25 prices)", result().figure("option", CbaStrategy.NPSV).toString());
    assertEquals(new Figure.Undefined("the incremental present value of costs is zero"),
        result().figure("option", CbaStrategy.BCR));
  }

  @Test
  void definedIsEmptyForAnUndefinedFigure() {
    assertEquals("£20.00 (2024/25 prices)",
        result().defined("option", CbaStrategy.NPSV).map(Figure.Amount::toString).orElseThrow());
    assertEquals(Optional.empty(), result().defined("option", CbaStrategy.BCR));
  }

  @Test
  void aMissingFigureListsTheFiguresThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> result().figure("status quo", CbaStrategy.NPSV));
    assertEquals("No headline figure 'npsv' for option 'status quo' in the result of 'cba'; it has "
        + "[option/npsv, option/bcr, option/incremental-pv-costs, option/incremental-pv-benefits]", e.getMessage());
  }

  @Test
  void aHeadlineFigurePrintsOptionMetricAndFigure() {
    assertEquals("option: npsv = £20.00 (2024/25 prices)", result().headlines().get(0).toString());
  }

  @Test
  void aStrategyFindsItsMetricById() {
    assertSame(CbaStrategy.BCR, CbaStrategy.greenBook().metric("bcr"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CbaStrategy.greenBook().metric("npv"));
    assertEquals("Strategy 'cba' has no metric 'npv'; its metrics are [npsv, bcr, incremental-pv-costs, "
        + "incremental-pv-benefits]", e.getMessage());
  }

  @Test
  void aTablePrintsAsAlignedText() {
    ResultTable t = ResultTable.builder("Options", "option", "n").row("A", 7).build();
    assertEquals("Options\noption  n\n------  -\nA       7\n", t.toString());
  }
}

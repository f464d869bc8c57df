package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types of the package: validation, equality and how they print. */
class ValuesTest {

  @Test
  void planeSeriesNeedsOneCostPerEffect() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100}));
    assertEquals("Argument 'incrementalCost' must match incrementalEffect (2): 1", e.getMessage());
  }

  @Test
  void planeSeriesAreEqualByContent() {
    PlaneSeries p = new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100, -50});
    assertEquals(p, new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100, -50}));
    assertEquals(p.hashCode(), new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100, -50}).hashCode());
    assertNotEquals(p, new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100, -40}));
    assertNotEquals(p, new PlaneSeries("pathway", new double[] {0.1, 0.3}, new double[] {100, -50}));
    assertNotEquals(p, new PlaneSeries("other", new double[] {0.1, 0.2}, new double[] {100, -50}));
    // the hash follows the strategy's name, so that series of different strategies spread
    assertNotEquals(p.hashCode(), new PlaneSeries("other", new double[] {0.1, 0.2}, new double[] {100, -50}).hashCode());
    assertEquals("PlaneSeries[pathway, 2 simulations]", p.toString());
  }

  @Test
  void valuesPrintTheirFiguresInPounds() {
    assertEquals("pathway: cost £5,000.00, effect 1.2000", new StrategyOutcome("pathway", 5000, 1.2).toString());
    assertEquals("at 20000: pathway (probability 0.630)", new FrontierPoint(20000, "pathway", 0.63).toString());
    assertEquals("pathway at £20,000.00 per unit: NMB £1,234.50, NHB 0.0600",
        new NetBenefit("pathway", 20000, 1234.5, 0.06).toString());
  }

  /** ICER = (5000 - 1000) / (1.2 - 1.0) = GBP 20,000 per QALY; the first frontier strategy has no comparator. */
  @Test
  void incrementalRowsPrintTheirComparisonWhenTheyHaveOne() {
    IncrementalTable t = IncrementalAnalysis.analyse(List.of(new StrategyOutcome("usual care", 1000, 1.0),
        new StrategyOutcome("pathway", 5000, 1.2), new StrategyOutcome("costly", 6000, 1.1)));
    assertEquals("usual care: cost £1,000.00, effect 1.0000, on the efficient frontier", t.row("usual care").toString());
    assertEquals("pathway: cost £5,000.00, effect 1.2000, on the efficient frontier, vs usual care: +£4,000.00, "
        + "+0.2000, ICER £20,000.00", t.row("pathway").toString());
    assertEquals("costly: cost £6,000.00, effect 1.1000, dominated", t.row("costly").toString());
  }
}

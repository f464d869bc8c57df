package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published incremental analyses reproduced to the digits their sources print. */
class IncrementalReferenceTest {

  /**
   * Sick-Sicker model (Alarid-Escudero et al. 2023, tutorial manuscript of 2022-02-08): trace Table
   * (row 1: H 0.859, S1 0.139, D 0.002; row 5: H 0.707, S1 0.206, S2 0.072, D 0.015), expected
   * outcomes Table (costs $151,580, $284,805, $259,100, $378,875; QALYs 20.711, 21.499, 22.184,
   * 23.137) and the incremental Table (B: +$107,521, +1.473 QALYs, ICER $72,988; AB: +$119,775,
   * +0.952, ICER $125,764; A dominated). Four strategies, 75 cycles, within-cycle correction.
   */
  @Test
  void sickSickerTutorial() {
    MarkovResult r = SickSicker.model(SickSicker.BASE).run();
    StrategyResult soc = r.strategy("Standard of care");
    assertEquals(0.859, soc.occupancy(1, "H"), 5e-4);
    assertEquals(0.139, soc.occupancy(1, "S1"), 5e-4);
    assertEquals(0.002, soc.occupancy(1, "D"), 5e-4);
    assertEquals(0.707, soc.occupancy(5, "H"), 5e-4);
    assertEquals(0.206, soc.occupancy(5, "S1"), 5e-4);
    assertEquals(0.072, soc.occupancy(5, "S2"), 5e-4);
    assertEquals(0.015, soc.occupancy(5, "D"), 5e-4);
    double[][] expected = {{151580, 20.711}, {284805, 21.499}, {259100, 22.184}, {378875, 23.137}};
    List<StrategyOutcome> outcomes = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      StrategyResult x = r.strategies().get(s);
      assertEquals(expected[s][0], x.totals().cost(), 0.5, x.strategy());
      assertEquals(expected[s][1], x.totals().qalys(), 5e-4, x.strategy());
      outcomes.add(new StrategyOutcome(x.strategy(), x.totals().cost(), x.totals().qalys()));
    }
    IncrementalTable t = IncrementalAnalysis.analyse(outcomes);
    assertEquals(List.of("Standard of care", "Strategy B", "Strategy AB"),
        t.frontier().stream().map(IncrementalRow::strategy).toList());
    IncrementalRow b = t.row("Strategy B");
    assertEquals(107521, b.incrementalCost().getAsDouble(), 0.5);
    assertEquals(1.473, b.incrementalEffect().getAsDouble(), 5e-4);
    assertEquals(72988, b.icer().getAsDouble(), 0.5);
    IncrementalRow ab = t.row("Strategy AB");
    assertEquals("Strategy B", ab.comparator().orElseThrow());
    assertEquals(119775, ab.incrementalCost().getAsDouble(), 0.5);
    assertEquals(0.952, ab.incrementalEffect().getAsDouble(), 5e-4);
    assertEquals(125764, ab.icer().getAsDouble(), 0.5);
    assertEquals(Dominance.DOMINATED, t.row("Strategy A").status());
  }

  /**
   * dampack's vignettes/cdiff_icers.csv (the calculate_icers() table of the "Basic Cost Effectiveness
   * Analysis" vignette, C. difficile example after Rajasingham et al. 2020): 11 strategies, six on the
   * frontier, s39 extendedly dominated, four strongly dominated, with incremental costs, effects and
   * ICERs as printed there.
   */
  @Test
  void dampackCdiffTableWithExtendedDominance() {
    Object[][] rows = {
        {"s3", 57336.0059896538, 12.9399639202408, "ND", null, null, null},
        {"s27", 57541.2526373815, 13.0140640696275, "ND", 205.246647727639, 0.0741001493866911, 2769.85470915263},
        {"s33", 57642.2587507842, 13.0389116321918, "ND", 101.006113402713, 0.0248475625643216, 4065.03105249231},
        {"s31", 57934.0743411241, 13.0966257932217, "ND", 291.815590339931, 0.0577141610298533, 5056.2216470406},
        {"s43", 58072.1137208494, 13.11285766912, "ND", 138.039379725262, 0.0162318758983169, 8504.2160616553},
        {"s44", 58665.7823044647, 13.1283328397025, "ND", 593.668583615326, 0.0154751705825014, 38362.6519947134},
        {"s39", 57814.6470919581, 13.0462790163185, "ED", null, null, null},
        {"s4", 57887.481549326, 12.9970657153765, "D", null, null, null},
        {"s13", 58018.6252420203, 13.0650412387992, "D", null, null, null},
        {"s37", 58081.7947984323, 13.1029711156978, "D", null, null, null},
        {"s20", 58634.2026441398, 13.1100568867995, "D", null, null, null}};
    List<StrategyOutcome> in = new ArrayList<>();
    for (int i = rows.length - 1; i >= 0; i--) {
      in.add(new StrategyOutcome((String) rows[i][0], (double) rows[i][1], (double) rows[i][2]));
    }
    IncrementalTable t = IncrementalAnalysis.analyse(in);
    for (int i = 0; i < rows.length; i++) {
      IncrementalRow r = t.rows().get(i);
      assertEquals(rows[i][0], r.strategy());
      Dominance expected = switch ((String) rows[i][3]) {
        case "ND" -> Dominance.NON_DOMINATED;
        case "ED" -> Dominance.EXTENDEDLY_DOMINATED;
        default -> Dominance.DOMINATED;
      };
      assertEquals(expected, r.status(), r.strategy());
      if (rows[i][4] != null) {
        assertEquals((double) rows[i][4], r.incrementalCost().getAsDouble(), 1e-8);
        assertEquals((double) rows[i][5], r.incrementalEffect().getAsDouble(), 1e-12);
        assertEquals((double) rows[i][6], r.icer().getAsDouble(), 1e-6);
      } else {
        assertEquals(true, r.icer().isEmpty(), r.strategy());
      }
    }
    assertEquals("s43", t.optimal(10000));
    assertEquals("s31", t.optimal(8000));
    assertEquals("s44", t.optimal(50000));
  }
}

package io.github.commissioningvfm.vfm.frontier;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.vfm.cea.CostEffect;
import io.github.commissioningvfm.vfm.cea.CostEffectiveness;
import io.github.commissioningvfm.vfm.cea.RankedOption;
import io.github.commissioningvfm.vfm.cua.IncrementalAnalysis;
import io.github.commissioningvfm.vfm.cua.IncrementalRow;
import io.github.commissioningvfm.vfm.cua.IncrementalTable;
import io.github.commissioningvfm.vfm.cua.StrategyOutcome;
import io.github.commissioningvfm.vfm.jackson.VfmJacksonModule;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One dominance vocabulary for cost-effectiveness rankings and cost-utility analyses. */
class EfficientFrontierTest {

  // by hand: sorted by cost A(0, 0), B(100, 1), C(300, 1.5), D(350, 1.4), E(500, 3);
  // D is dominated by C; ICERs A->B 100, B->C 400, C->E 133.3: C is extendedly dominated; then B->E 200
  private static final double[] COST = {300, 0, 500, 100, 350};
  private static final double[] EFFECT = {1.5, 0, 3, 1, 1.4};

  @Test
  void classifiesByHand() {
    EfficientFrontier f = EfficientFrontier.classify(COST, EFFECT);
    assertArrayEquals(new int[] {1, 3, 0, 4, 2}, f.order());
    assertArrayEquals(new Dominance[] {Dominance.EXTENDEDLY_DOMINATED, Dominance.NON_DOMINATED,
        Dominance.NON_DOMINATED, Dominance.NON_DOMINATED, Dominance.DOMINATED}, f.dominance());
    assertArrayEquals(new int[] {-1, -1, 3, 1, -1}, f.comparator());
    assertTrue(f.toString().contains("option 0: extendedly dominated"), f.toString());
  }

  @Test
  void costEffectivenessAndCostUtilityReportTheSameType() {
    String[] names = {"C", "A", "E", "B", "D"};
    List<RankedOption> ranked = CostEffectiveness.rank(List.of(ce(names[0], 0), ce(names[1], 1), ce(names[2], 2),
        ce(names[3], 3), ce(names[4], 4)));
    IncrementalTable table = IncrementalAnalysis.analyse(List.of(so(names[0], 0), so(names[1], 1), so(names[2], 2),
        so(names[3], 3), so(names[4], 4)));
    for (RankedOption r : ranked) {
      Dominance cea = r.status();
      Dominance cua = table.row(r.costEffect().option()).status();
      assertEquals(cea, cua, r.costEffect().option());
    }
    RankedOption c = ranked.stream().filter(r -> r.costEffect().option().equals("C")).findFirst().orElseThrow();
    assertEquals(new Figure.Undefined("the option is extendedly dominated"), c.icer());
  }

  @Test
  void tablesPrintTheLabels() {
    IncrementalTable table = IncrementalAnalysis.analyse(List.of(so("C", 0), so("A", 1), so("E", 2), so("B", 3),
        so("D", 4)));
    String text = table.toString();
    assertTrue(text.contains("on the efficient frontier") && text.contains("extendedly dominated")
        && !text.contains("NON_DOMINATED"), text);
    IncrementalRow d = table.row("D");
    assertTrue(d.toString().endsWith(", dominated"), d.toString());
  }

  @Test
  void incrementalTableRoundTripsThroughJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new VfmJacksonModule());
    IncrementalTable table = IncrementalAnalysis.analyse(List.of(so("C", 0), so("A", 1), so("E", 2), so("B", 3),
        so("D", 4)));
    String json = mapper.writeValueAsString(table);
    assertTrue(json.contains("\"EXTENDEDLY_DOMINATED\""), json);
    assertEquals(table, mapper.readValue(json, IncrementalTable.class));
    assertEquals(Dominance.NON_DOMINATED, mapper.readValue("\"NON_DOMINATED\"", Dominance.class));
  }

  @Test
  void mismatchedArraysAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EfficientFrontier.classify(new double[] {1, 2}, new double[] {1}));
    assertEquals("Argument 'cost' must have as many entries as effect (1), at least one: 2", e.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> EfficientFrontier.classify(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertTrue(nan.getMessage().contains("cost[1]"), nan.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
        () -> new EfficientFrontier(new int[] {0, 1}, new Dominance[] {Dominance.NON_DOMINATED}, new int[] {-1, 0}));
    assertEquals("Argument 'dominance' must have as many entries as order (2) and comparator (2): 1", shape.getMessage());
  }

  /**
   * Frick (2007), "Decision Rules", lecture 11 of a Johns Hopkins Bloomberg School of Public Health
   * course (OpenCourseWare), "Incremental Cost-Effectiveness Table - 1": five options with costs
   * 300,000, 200,000, 450,000, 375,000 and 400,000 dollars and effects 25, 20, 50, 40 and 15 QALYs.
   * By hand: sorted by cost 2 (200k, 20), 1 (300k, 25), 4 (375k, 40), 5 (400k, 15), 3 (450k, 50).
   * Option 5 costs more than option 4 for less: dominated. ICERs 2->1 = 100,000 / 5 = 20,000,
   * 1->4 = 75,000 / 15 = 5,000, 4->3 = 75,000 / 10 = 7,500: the first kink is at option 1 (20,000 >
   * 5,000), extendedly dominated. Then 2->4 = 175,000 / 20 = 8,750 > 7,500: option 4 is extendedly
   * dominated too, found only on the second pass. The frontier is 2 then 3, ICER 250,000 / 30 = 8,333.
   */
  @Test
  void publishedFiveOptionTableNeedsTwoPassesOfExtendedDominance() {
    EfficientFrontier f = EfficientFrontier.classify(new double[] {300_000, 200_000, 450_000, 375_000, 400_000},
        new double[] {25, 20, 50, 40, 15});
    assertArrayEquals(new int[] {1, 0, 3, 4, 2}, f.order());
    assertArrayEquals(new Dominance[] {Dominance.EXTENDEDLY_DOMINATED, Dominance.NON_DOMINATED,
        Dominance.NON_DOMINATED, Dominance.EXTENDEDLY_DOMINATED, Dominance.DOMINATED}, f.dominance());
    assertArrayEquals(new int[] {-1, -1, 1, -1, -1}, f.comparator());
    assertEquals(lines("Efficient frontier (by cost):", "  option 1: on the efficient frontier",
        "  option 0: extendedly dominated", "  option 3: extendedly dominated", "  option 4: dominated",
        "  option 2: on the efficient frontier (after option 1)"), f.toString());
  }

  @Test
  void printsTheComparatorWhenItIsOptionZero() {
    // option 0 (0, 0) is the cheapest; option 1 (10, 1) follows it on the frontier, ICER 10
    EfficientFrontier f = EfficientFrontier.classify(new double[] {0, 10}, new double[] {0, 1});
    assertArrayEquals(new int[] {-1, 0}, f.comparator());
    assertEquals(lines("Efficient frontier (by cost):", "  option 0: on the efficient frontier",
        "  option 1: on the efficient frontier (after option 0)"), f.toString());
  }

  @Test
  void equalCostAndEffectKeepIndexOrderAndTheLaterOneIsDominated() {
    // options 0 and 1 coincide at (5, 2): sorted by index, option 1 costs no more and achieves no more
    // than option 0, so it is dominated; option 2 (9, 4) follows option 0 with ICER 4 / 2 = 2
    EfficientFrontier f = EfficientFrontier.classify(new double[] {5, 5, 9}, new double[] {2, 2, 4});
    assertArrayEquals(new int[] {0, 1, 2}, f.order());
    assertArrayEquals(new Dominance[] {Dominance.NON_DOMINATED, Dominance.DOMINATED, Dominance.NON_DOMINATED},
        f.dominance());
    assertArrayEquals(new int[] {-1, -1, 0}, f.comparator());
  }

  @Test
  void equalIcersAreNotAKink() {
    // (0, 0), (1, 1), (2, 2): both ICERs are 1, so the middle option stays on the frontier
    EfficientFrontier f = EfficientFrontier.classify(new double[] {0, 1, 2}, new double[] {0, 1, 2});
    assertArrayEquals(new Dominance[] {Dominance.NON_DOMINATED, Dominance.NON_DOMINATED, Dominance.NON_DOMINATED},
        f.dominance());
    assertArrayEquals(new int[] {-1, 0, 1}, f.comparator());
  }

  @Test
  void equalityComparesEveryArrayAndTheHashFollowsItsFormula() {
    EfficientFrontier f = EfficientFrontier.classify(COST, EFFECT);
    EfficientFrontier same = new EfficientFrontier(f.order(), f.dominance(), f.comparator());
    assertEquals(f, same);
    assertEquals(same, f);
    assertEquals(f.hashCode(), same.hashCode());
    // documented: (hash(order) x 31 + hash(dominance)) x 31 + hash(comparator), each by Arrays.hashCode
    assertEquals((Arrays.hashCode(f.order()) * 31 + Arrays.hashCode(f.dominance())) * 31
        + Arrays.hashCode(f.comparator()), f.hashCode());
    int[] otherOrder = f.order();
    otherOrder[0] = 3;
    otherOrder[1] = 1;
    assertNotEquals(f, new EfficientFrontier(otherOrder, f.dominance(), f.comparator()));
    Dominance[] otherDominance = f.dominance();
    otherDominance[4] = Dominance.EXTENDEDLY_DOMINATED;
    assertNotEquals(f, new EfficientFrontier(f.order(), otherDominance, f.comparator()));
    int[] otherComparator = f.comparator();
    otherComparator[3] = 2;
    assertNotEquals(f, new EfficientFrontier(f.order(), f.dominance(), otherComparator));
    assertNotEquals(f, (Object) f.toString());
  }

  @Test
  void accessorsReturnCopies() {
    EfficientFrontier f = EfficientFrontier.classify(COST, EFFECT);
    f.order()[0] = 99;
    f.dominance()[0] = Dominance.DOMINATED;
    f.comparator()[0] = 99;
    assertArrayEquals(new int[] {1, 3, 0, 4, 2}, f.order());
    assertEquals(Dominance.EXTENDEDLY_DOMINATED, f.dominance()[0]);
    assertEquals(-1, f.comparator()[0]);
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines);
  }

  private static CostEffect ce(String name, int i) {
    return new CostEffect(name, gbp(BigDecimal.valueOf(COST[i]).toPlainString()), BigDecimal.valueOf(EFFECT[i]));
  }

  private static StrategyOutcome so(String name, int i) {
    return new StrategyOutcome(name, COST[i], EFFECT[i]);
  }
}

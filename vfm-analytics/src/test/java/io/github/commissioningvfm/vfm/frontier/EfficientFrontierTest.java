package io.github.commissioningvfm.vfm.frontier;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static CostEffect ce(String name, int i) {
    return new CostEffect(name, gbp(BigDecimal.valueOf(COST[i]).toPlainString()), BigDecimal.valueOf(EFFECT[i]));
  }

  private static StrategyOutcome so(String name, int i) {
    return new StrategyOutcome(name, COST[i], EFFECT[i]);
  }
}

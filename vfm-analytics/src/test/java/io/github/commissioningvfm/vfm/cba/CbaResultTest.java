package io.github.commissioningvfm.vfm.cba;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cost-benefit results: option look-up, payback at exactly zero, copies, price bases and the fast path. */
class CbaResultTest {

  private static AppraisalOption none() {
    return new AppraisalOption("none", List.of(), List.of(), List.of());
  }

  private static AppraisalOption option(String name, String[] costs, String[] benefits) {
    return AppraisalOption.builder(name)
        .cost(new CostStream("c", Perspective.NHS, Fixtures.yearly(costs)))
        .benefit(BenefitStream.of("b", Perspective.NHS, true, BenefitValuation.direct(Fixtures.yearly(benefits), "x")))
        .build();
  }

  /** Two alternatives over two years: "early" pays back in year 1 exactly, "late" never. */
  private static Appraisal twoAlternatives() {
    return Appraisal.builder("two").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 2)
        .option(option("early", new String[] {"100", "0"}, new String[] {"0", "100"}))
        .option(option("late", new String[] {"100", "0"}, new String[] {"0", "99"}))
        .counterfactual(none()).build();
  }

  @Test
  void paybackYearIsTheFirstYearTheCumulativeNetIsZeroOrMore() {
    // undiscounted cumulative incremental net: early -100, then -100 + 100 = 0 -> year 1;
    // late -100, then -1 -> not paid back
    CbaResult r = CbaStrategy.greenBook().withSchedule(DiscountSchedule.none()).evaluate(twoAlternatives());
    assertEquals(new Figure.Count(1), r.option("early").paybackYear());
    assertEquals("undefined: not paid back within the horizon", r.option("late").paybackYear().toString());
  }

  @Test
  void optionsAreFoundByNameAndAnUnknownNameListsThem() {
    CbaResult r = CbaStrategy.greenBook().withSchedule(DiscountSchedule.none()).evaluate(twoAlternatives());
    assertEquals("late", r.option("late").option());
    // late: NPSV 99 - 100 = -1
    assertEquals(gbp("-1"), r.option("late").npsv());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.option("none"));
    assertEquals("No cost-benefit result for option 'none'; options are [early, late]", e.getMessage());
  }

  @Test
  void copiesChangeOneFieldEach() {
    CbaStrategy s = CbaStrategy.greenBook();
    assertEquals(new CbaStrategy("mine", s.schedule(), s.optimismBias(), s.perspective()), s.withId("mine"));
    assertEquals(new CbaStrategy(s.id(), s.schedule(), s.optimismBias(), Perspective.NHS),
        s.withPerspective(Perspective.NHS));
    assertEquals(s, new CbaStrategy());
    // from the commissioner's perspective the NHS benefit of Fixtures.threeYear() does not count:
    // incremental PV benefits are 0 and the NPSV is minus the PV costs, undiscounted -300
    CbaResult commissioner = s.withSchedule(DiscountSchedule.none()).withPerspective(Perspective.COMMISSIONER)
        .withId("cba-commissioner").evaluate(Fixtures.threeYear());
    assertEquals("cba-commissioner", commissioner.strategyId());
    assertEquals(Perspective.COMMISSIONER, commissioner.perspective());
    assertEquals(gbp("-300"), commissioner.option("service").npsv());
  }

  @Test
  void describesItselfAndPrintsItsTables() {
    assertEquals("Cost-benefit analysis: NPSV, benefit-cost ratio and payback year, discounted with Green Book "
        + "standard (3.5% declining)", CbaStrategy.greenBook().description());
    CbaResult r = CbaStrategy.greenBook().withSchedule(DiscountSchedule.none()).evaluate(twoAlternatives());
    String text = r.toString();
    assertTrue(text.startsWith("two [cba]\n\nCost-benefit analysis against 'none' (SOCIETY perspective, present "
        + "values)\n"), text);
    assertTrue(text.contains("\nWho pays and who saves (incremental present values)\n"), text);
  }

  @Test
  void optionsInAnotherPriceBaseThanTheCounterfactualAreRefused() {
    Cost zero = gbp("0");
    Cost old = Cost.of("0", "2023/24");
    CbaOptionResult elsewhere = new CbaOptionResult("o", old, old, old, old, old, new Figure.Undefined("none"),
        new Figure.Undefined("none"), List.of());
    PriceBaseMismatchException e = assertThrows(PriceBaseMismatchException.class, () -> new CbaResult("cba", "a",
        Perspective.SOCIETY, "none", zero, zero, List.of(elsewhere), List.of(), List.of()));
    assertTrue(e.getMessage().startsWith("Cannot combine in a cost-benefit result a cost in 2023/24 prices and a "
        + "cost in 2024/25 prices"), e.getMessage());
  }

  @Test
  void fastBenefitCostRatioIsUndefinedUnlessIncrementalCostsArePositive() {
    // zero incremental cost: BCR undefined, the other three defined (NPSV 10, costs 0, benefits 10)
    assertEquals(Map.of(0, 10.0, 2, 0.0, 3, 10.0), fast(Fixtures.oneYear("0", "10")));
    // incremental cost 4, benefits 10: BCR 10 / 4 = 2.5, NPSV 6
    assertEquals(Map.of(0, 6.0, 1, 2.5, 2, 4.0, 3, 10.0), fast(Fixtures.oneYear("4", "10")));
  }

  private static Map<Integer, Double> fast(Appraisal a) {
    CbaStrategy s = CbaStrategy.greenBook();
    Map<Integer, Double> defined = new HashMap<>();
    s.fastEvaluator(s.metrics()).evaluate(AppraisalArrays.shapedLike(a).write(a), new FastHeadlines.Sink() {
      @Override
      public void defined(int alternative, int metric, double value) {
        defined.put(metric, value);
      }

      @Override
      public void undefined(int alternative, int metric) {
        defined.remove(metric);
      }
    });
    return defined;
  }
}

package io.github.commissioningvfm.vfm.cea;

import io.github.commissioningvfm.vfm.frontier.Dominance;
import io.github.commissioningvfm.vfm.spi.Figure;
import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostEffectivenessTest {

  private static CostEffect ce(String name, String cost, String effect) {
    return new CostEffect(name, gbp(cost), new BigDecimal(effect));
  }

  /**
   * CASP International, "APPRAISE" economic evaluation module, page 73, "Incremental cost-effectiveness
   * ratio (ICER)" (caspinternational.org/Appraise/appraiseee73.htm): a new drug costing GBP 1,000 a year
   * more and gaining 0.2 QALYs a year has ICER = 1,000 / 0.2 = GBP 5,000 per QALY.
   */
  @Test
  void publishedIcerExample() {
    CostEffect existing = ce("existing drug", "0", "0");
    CostEffect newDrug = ce("new drug", "1000", "0.2");
    assertEquals(0, new BigDecimal("5000").compareTo(((Figure.Ratio) CostEffectiveness.icer(existing, newDrug)).value()));
    // hand-computed from the same inputs: INMB at GBP 20,000 per QALY = 20,000 x 0.2 - 1,000 = 3,000;
    // at GBP 5,000 per QALY (the ICER) the INMB is 0
    assertEquals(0, new BigDecimal("3000").compareTo(
        CostEffectiveness.incrementalNetMonetaryBenefit(existing, newDrug, gbp("20000")).amount().amount()));
    assertEquals(0, CostEffectiveness.incrementalNetMonetaryBenefit(existing, newDrug, gbp("5000")).amount().signum());
  }

  /**
   * A published cost-utility example (authorea.com, co-amoxiclav prophylaxis against placebo): expected
   * costs GBP 120.07 and GBP 193.96, utilities 0.986 and 0.969, NMB reported at GBP 30,000 per QALY.
   * The article reports ICER -GBP 4,403.14 and NMB GBP 577.34; from its rounded inputs the figures are
   * (120.07 - 193.96) / (0.986 - 0.969) = -73.89 / 0.017 = -4,346.47 and 30,000 x 0.017 + 73.89 = 583.89,
   * so the article must have used unrounded utilities. Either way the antibiotic dominates placebo.
   */
  @Test
  void publishedCostUtilityExampleFromItsRoundedInputs() {
    CostEffect placebo = ce("placebo", "193.96", "0.969");
    CostEffect antibiotic = ce("co-amoxiclav", "120.07", "0.986");
    assertEquals("-4,346", CostEffectiveness.icer(placebo, antibiotic).toString());
    assertEquals(0, new BigDecimal("583.89").compareTo(CostEffectiveness
        .incrementalNetMonetaryBenefit(placebo, antibiotic, gbp("30000")).amount().amount()));
    List<RankedOption> ranking = CostEffectiveness.rank(List.of(placebo, antibiotic));
    assertEquals(Dominance.NON_DOMINATED, ranking.get(0).status());
    assertEquals(Dominance.DOMINATED, ranking.get(1).status());
    assertEquals("placebo", ranking.get(1).costEffect().option());
  }

  @Test
  void dominanceAndExtendedDominanceByHand() {
    // A (0, 0); B (100, 0.5): ICER 200; C (300, 2.0): ICER vs B = 200 / 1.5 = 133.33 < 200, so B is
    // extendedly dominated and C's ICER vs A is 300 / 2 = 150; D (350, 1.9) costs more than C for less: dominated
    List<RankedOption> r = CostEffectiveness.rank(List.of(ce("D", "350", "1.9"), ce("C", "300", "2.0"),
        ce("B", "100", "0.5"), ce("A", "0", "0")));
    assertEquals(List.of("A", "B", "C", "D"), r.stream().map(x -> x.costEffect().option()).toList());
    assertEquals(List.of(Dominance.NON_DOMINATED, Dominance.EXTENDEDLY_DOMINATED, Dominance.NON_DOMINATED,
        Dominance.DOMINATED), r.stream().map(RankedOption::status).toList());
    assertEquals(Optional.of("A"), r.get(2).comparedWith());
    assertEquals("150.0", r.get(2).icer().toString());
    assertEquals("undefined: the option is dominated", r.get(3).icer().toString());
  }

  @Test
  void publishedIcerExampleRanksTheNewDrugAfterTheExistingOne() {
    // the same CASP example, the existing drug listed first: the new drug follows it on the frontier
    // with the ICER 1,000 / 0.2 = 5,000
    List<RankedOption> r = CostEffectiveness.rank(List.of(ce("existing drug", "0", "0"), ce("new drug", "1000", "0.2")));
    assertEquals(Optional.empty(), r.get(0).comparedWith());
    assertEquals("undefined: the cheapest option on the frontier has no comparator", r.get(0).icer().toString());
    assertEquals(Dominance.NON_DOMINATED, r.get(1).status());
    assertEquals(Optional.of("existing drug"), r.get(1).comparedWith());
    assertEquals(0, new BigDecimal("5000").compareTo(((Figure.Ratio) r.get(1).icer()).value()));
  }

  /**
   * Frick (2007), "Decision Rules", lecture 11 of a Johns Hopkins Bloomberg School of Public Health
   * course (OpenCourseWare), "Incremental Cost-Effectiveness Table - 1": options 1 to 5 cost 300,000,
   * 200,000, 450,000, 375,000 and 400,000 dollars for 25, 20, 50, 40 and 15 QALYs. By hand: option 5 is
   * dominated by option 4; ICERs 2->1 = 20,000 > 1->4 = 5,000, so option 1 is extendedly dominated;
   * then 2->4 = 175,000 / 20 = 8,750 > 4->3 = 75,000 / 10 = 7,500, so option 4 is too; the frontier is
   * option 2 then option 3 at 250,000 / 30 = 8,333.33 dollars per QALY.
   */
  @Test
  void publishedFiveOptionTableByHand() {
    List<RankedOption> r = CostEffectiveness.rank(List.of(ce("1", "300000", "25"), ce("2", "200000", "20"),
        ce("3", "450000", "50"), ce("4", "375000", "40"), ce("5", "400000", "15")));
    assertEquals(List.of("2", "1", "4", "5", "3"), r.stream().map(x -> x.costEffect().option()).toList());
    assertEquals(List.of(Dominance.NON_DOMINATED, Dominance.EXTENDEDLY_DOMINATED, Dominance.EXTENDEDLY_DOMINATED,
        Dominance.DOMINATED, Dominance.NON_DOMINATED), r.stream().map(RankedOption::status).toList());
    assertEquals("undefined: the option is extendedly dominated", r.get(1).icer().toString());
    assertEquals(Optional.empty(), r.get(2).comparedWith());
    assertEquals(Optional.of("2"), r.get(4).comparedWith());
    assertEquals(new BigDecimal("8333.33"), ((Figure.Ratio) r.get(4).icer()).value().setScale(2, RoundingMode.HALF_UP));
    // at USD 8,000 per QALY option 2 has the highest NMB (8,000 x 20 - 200,000 = -40,000 against
    // 8,000 x 50 - 450,000 = -50,000); at 9,000 option 3 (0 against -20,000): the switch lies at the ICER
    assertEquals(0, new BigDecimal("-10000").compareTo(CostEffectiveness.incrementalNetMonetaryBenefit(
        r.get(0).costEffect(), r.get(4).costEffect(), gbp("8000")).amount().amount()));
    assertEquals(0, new BigDecimal("20000").compareTo(CostEffectiveness.incrementalNetMonetaryBenefit(
        r.get(0).costEffect(), r.get(4).costEffect(), gbp("9000")).amount().amount()));
  }

  @Test
  void netMonetaryBenefitByHand() {
    // NMB = lambda x E - C = 20,000 x 0.75 - 12,000 = 3,000
    assertEquals(0, new BigDecimal("3000").compareTo(
        CostEffectiveness.netMonetaryBenefit(ce("a", "12000", "0.75"), gbp("20000")).amount().amount()));
  }

  @Test
  void zeroEffectDifferenceIsUndefined() {
    assertEquals("undefined: the effect difference of 'b' over 'a' is zero",
        CostEffectiveness.icer(ce("a", "1", "1"), ce("b", "2", "1")).toString());
    // cost per participant achieving a meaningful change: 1,000 / 8 = 125
    assertEquals("125.0", CostEffectiveness.costPerOutcome(gbp("1000"), new BigDecimal("8")).toString());
  }

  @Test
  void strategyOnAnAppraisal() {
    // undiscounted: service costs 200 over two years and gets 4 + 4 reliable improvements; status quo
    // costs 40 and gets 1 + 1. ICER = (200 - 40) / (8 - 2) = 26.67; NMB at 50: 50 x 8 - 200 = 200
    Appraisal a = Appraisal.builder("cea").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 2)
        .option(AppraisalOption.builder("service")
            .cost(new CostStream("c", Perspective.COMMISSIONER, Fixtures.yearly("100", "100")))
            .effect(new EffectStream("reliable improvement", Fixtures.quantities("4", "4"))).build())
        .counterfactual(AppraisalOption.builder("status quo")
            .cost(new CostStream("c", Perspective.COMMISSIONER, Fixtures.yearly("20", "20")))
            .effect(new EffectStream("reliable improvement", Fixtures.quantities("1", "1"))).build())
        .build();
    CeaResult r = CeaStrategy.standard().withSchedules(DiscountSchedule.none(), DiscountSchedule.none())
        .withThresholds(List.of(gbp("50"))).evaluate(a);
    CeaResult.Measure m = r.measures().get(0);
    assertEquals("26.67", m.icerVsCounterfactual().get("service").toString());
    assertEquals("25.00", m.costPerOutcome().get("service").toString());
    assertEquals(0, new BigDecimal("200").compareTo(m.netMonetaryBenefit().get("50").get("service").amount().amount()
        .setScale(2, RoundingMode.HALF_UP)));
  }
}

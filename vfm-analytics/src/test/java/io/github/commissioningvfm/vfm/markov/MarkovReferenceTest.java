package io.github.commissioningvfm.vfm.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published cohort models reproduced to the digits their sources print. */
class MarkovReferenceTest {

  /**
   * Briggs, Claxton and Sculpher (2006), Decision Modelling for Health Economic Evaluation, 1st ed.,
   * Exercise 2.5 and its Excel model, as transcribed in heemod's tests/testthat/test_dmhee.R ("exactly
   * match HIV model"): monotherapy GBP 44,663.4535637 and 7.9912066 life-years, combination
   * GBP 50,601.6513312 and 8.9373889, ICER 6,275.95560. Time-dependent: combination therapy in cycles
   * 1 and 2 only. The book's spreadsheet counts each cycle at its end and discounts cycle t by
   * 1.06^-t.
   */
  @Test
  void hivModelOfBriggsExercise25() {
    MarkovResult r = ReferenceModels.hiv(CountingConvention.END).run();
    Totals mono = r.strategy("mono").totals();
    Totals comb = r.strategy("comb").totals();
    assertEquals(44663.4535637, mono.cost(), 5e-7);
    assertEquals(7.9912066, mono.lifeYears(), 5e-8);
    assertEquals(50601.6513312, comb.cost(), 5e-7);
    assertEquals(8.9373889, comb.lifeYears(), 5e-8);
    assertEquals(6275.95560, (comb.cost() - mono.cost()) / (comb.lifeYears() - mono.lifeYears()), 5e-6);
  }

  /**
   * The same model with the half-cycle correction: Briggs, Claxton and Sculpher (2006) Exercise 2.5
   * print 8.475 (monotherapy) and 9.42 (combination) half-cycle-corrected life-years (as checked in
   * rdecision's tests/testthat/test-model-AZT.R, "model with HCC agrees with Briggs ex 2.5").
   */
  @Test
  void hivModelWithHalfCycleCorrection() {
    MarkovResult r = ReferenceModels.hiv(CountingConvention.HALF_CYCLE).run();
    assertEquals(8.475, r.strategy("mono").totals().lifeYears(), 5e-4);
    assertEquals(9.42, r.strategy("comb").totals().lifeYears(), 5e-3);
  }

  /**
   * The total hip replacement model of Briggs, Claxton and Sculpher (2006), section 3.5 and its Excel
   * model, as transcribed in heemod's tests/testthat/test_dmhee.R ("Exactly match THR model"):
   * standard prosthesis GBP 512.434658 and 14.6531896 QALYs, NP1 GBP 610.311818 and 14.69770986
   * QALYs, ICER 2,198.486665; the first trace rows of the standard prosthesis (SuccessP 0.98000000,
   * 0.97265720, 0.96516548; RevisionTHR 0.00077680 at row 2; Death 0.02656600 at row 2). Time
   * dependence: the Weibull revision hazard depends on the cycle and other-cause mortality on age
   * through a caller-supplied life table (females; rows 35 to 85 by ten years). The book counts 61
   * rows from the start, costs at 6%, QALYs at 1.5%.
   */
  @Test
  void hipReplacementModelOfBriggsSection35() {
    LifeTable females = new LifeTable("Briggs, Claxton and Sculpher (2006) THR model, female other-cause mortality",
        List.of(new LifeTable.Row(35, 0.99e-3), new LifeTable.Row(45, 2.6e-3),
            new LifeTable.Row(55, 6.7e-3), new LifeTable.Row(65, 19.3e-3), new LifeTable.Row(75, 53.5e-3),
            new LifeTable.Row(85, 154.8e-3)));
    double lambda = Math.exp(-5.490935 - 0.0367022 * 60);
    double gamma = Math.exp(0.3740968);
    double rrNp1 = Math.exp(-1.344474);
    List<String> s = List.of("PrimaryTHR", "SuccessP", "RevisionTHR", "SuccessR", "Death");
    MarkovModel.Builder b = MarkovModel.builder().states(s.toArray(String[]::new)).dead("Death")
        .initial(1, 0, 0, 0, 0).cycles(61).counting(CountingConvention.BEGINNING)
        .discounting(ReferenceModels.rate("6"), ReferenceModels.rate("1.5"));
    StateValues utilities = StateValues.constant(0, 0.85, 0.30, 0.75, 0);
    for (double rr : new double[] {1, rrNp1}) {
      TransitionModel tm = TransitionModel.byCycle(k -> {
        double revision = 1 - Math.exp(lambda * rr * (Math.pow(k - 1, gamma) - Math.pow(k, gamma)));
        double mr = females.qx(60 + k);
        return TransitionMatrix.builder(s)
            .set("PrimaryTHR", "Death", 0.02).complement("PrimaryTHR", "SuccessP")
            .set("SuccessP", "RevisionTHR", revision).set("SuccessP", "Death", mr).complement("SuccessP", "SuccessP")
            .set("RevisionTHR", "Death", 0.02 + mr).complement("RevisionTHR", "SuccessR")
            .set("SuccessR", "RevisionTHR", 0.04).set("SuccessR", "Death", mr).complement("SuccessR", "SuccessR")
            .set("Death", "Death", 1).build();
      });
      b.strategy(MarkovStrategy.of(rr == 1 ? "standard" : "np1", tm,
          StateValues.constant(rr == 1 ? 394 : 579, 0, 5294, 0, 0), utilities));
    }
    MarkovResult r = b.build().run();
    StrategyResult std = r.strategy("standard");
    assertEquals(0.98, std.occupancy(1, "SuccessP"), 5e-9);
    assertEquals(0.97265720, std.occupancy(2, "SuccessP"), 5e-9);
    assertEquals(0.0007768, std.occupancy(2, "RevisionTHR"), 5e-9);
    assertEquals(0.02656600, std.occupancy(2, "Death"), 5e-9);
    assertEquals(0.96516548, std.occupancy(3, "SuccessP"), 5e-9);
    Totals a = std.totals();
    Totals n = r.strategy("np1").totals();
    assertEquals(512.434658, a.cost(), 5e-7);
    assertEquals(14.6531896, a.qalys(), 5e-8);
    assertEquals(610.311818, n.cost(), 5e-7);
    assertEquals(14.69770986, n.qalys(), 5e-9);
    assertEquals(2198.486665, (n.cost() - a.cost()) / (n.qalys() - a.qalys()), 5e-6);
  }

  /**
   * heemod's vignette "Simple Markov models (homogenous)" (vignettes/homogenous.md, heemod 0.x),
   * which prints, for Briggs's rounded Table 2.2 matrices run for 20 cycles with end-of-cycle
   * counting and costs at 6%: monotherapy cost_total 44613.85 and life_year 7.979173, combined
   * therapy (the relative risk in every cycle; its state costs as that vignette defines them)
   * 81026.56 and 13.864239, ICER 6187.307.
   */
  @Test
  void homogeneousHivModelOfHeemodVignette() {
    List<String> s = List.of("A", "B", "C", "D");
    double rr = 0.509;
    TransitionMatrix mono = TransitionMatrix.of(s, new double[][] {{.721, .202, .067, .010}, {0, .581, .407, .012},
        {0, 0, .750, .250}, {0, 0, 0, 1}});
    TransitionMatrix comb = TransitionMatrix.of(s, new double[][] {
        {1 - (.202 * rr + .067 * rr + .010 * rr), .202 * rr, .067 * rr, .010 * rr},
        {0, 1 - (.407 * rr + .012 * rr), .407 * rr, .012 * rr}, {0, 0, 1 - .250 * rr, .250 * rr}, {0, 0, 0, 1}});
    double zido = 2278;
    double lami = 2086;
    StateValues ly = StateValues.constant(1, 1, 1, 0);
    MarkovResult r = MarkovModel.builder().states("A", "B", "C", "D").dead("D").initial(1, 0, 0, 0).cycles(20)
        .counting(CountingConvention.END).discounting(ReferenceModels.rate("6"), DiscountSchedule.none())
        .strategy(MarkovStrategy.of("mono", TransitionModel.constant(mono),
            StateValues.constant(2756 + zido, 3052 + zido, 9007 + zido, 0), ly))
        .strategy(MarkovStrategy.of("comb", TransitionModel.constant(comb),
            StateValues.constant(3052 + zido + lami, 3052 + lami + zido, 9007 + lami + zido, 0), ly))
        .build().run();
    Totals m = r.strategy("mono").totals();
    Totals c = r.strategy("comb").totals();
    assertEquals(44613.85, m.cost(), 5e-3);
    assertEquals(7.979173, m.lifeYears(), 5e-7);
    assertEquals(81026.56, c.cost(), 5e-3);
    assertEquals(13.864239, c.lifeYears(), 5e-7);
    assertEquals(6187.307, (c.cost() - m.cost()) / (c.lifeYears() - m.lifeYears()), 5e-4);
  }
}

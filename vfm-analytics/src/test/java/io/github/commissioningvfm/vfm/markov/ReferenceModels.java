package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.List;

/** Published cohort models, built once for the reference tests (sources cited in each test). */
public final class ReferenceModels {

  private ReferenceModels() {
  }

  static DiscountSchedule rate(String percent) {
    return DiscountSchedule.constant(DiscountRate.ofPercent(percent));
  }

  /**
   * The HIV model of Chancellor et al. (1997) as in Briggs, Claxton and Sculpher (2006), Exercise
   * 2.5: transition counts, combination therapy (RR 0.509 on the rate of every move, lamivudine
   * GBP 2,086.50 a year) for the first two cycles only, 20 annual cycles, costs at 6%, life-years
   * undiscounted.
   *
   * @param counting the counting convention
   * @return the model, strategies "mono" and "comb"
   */
  public static MarkovModel hiv(CountingConvention counting) {
    return hiv(counting, 0.509);
  }

  /**
   * The same model with another relative risk.
   *
   * @param counting the counting convention
   * @param rr the relative risk of combination therapy on every move, cycles 1 and 2
   * @return the model
   */
  public static MarkovModel hiv(CountingConvention counting, double rr) {
    List<String> s = List.of("A", "B", "C", "D");
    double nA = 1734;
    double nB = 1258;
    double nC = 1749;
    double[][] mono = {{1251 / nA, 350 / nA, 116 / nA, 17 / nA}, {0, 731 / nB, 512 / nB, 15 / nB},
        {0, 0, 1312 / nC, 437 / nC}, {0, 0, 0, 1}};
    TransitionMatrix pm = TransitionMatrix.of(s, mono);
    TransitionMatrix pc = TransitionMatrix.builder(s)
        .set("A", "B", mono[0][1] * rr).set("A", "C", mono[0][2] * rr).set("A", "D", mono[0][3] * rr)
        .complement("A", "A")
        .set("B", "C", mono[1][2] * rr).set("B", "D", mono[1][3] * rr).complement("B", "B")
        .set("C", "D", mono[2][3] * rr).complement("C", "C")
        .set("D", "D", 1).build();
    double zido = 2278;
    double lami = 2086.5;
    double[] monoCosts = {2756 + zido, 3052 + zido, 9007 + zido, 0};
    double[] combCosts = {2756 + zido + lami, 3052 + zido + lami, 9007 + zido + lami, 0};
    StateValues ly = StateValues.constant(1, 1, 1, 0);
    return MarkovModel.builder().states("A", "B", "C", "D").dead("D").initial(1, 0, 0, 0).cycles(20)
        .counting(counting).discounting(rate("6"), DiscountSchedule.none())
        .strategy(MarkovStrategy.of("mono", TransitionModel.constant(pm), StateValues.constant(monoCosts), ly))
        .strategy(MarkovStrategy.of("comb", TransitionModel.byCycle(k -> k <= 2 ? pc : pm),
            StateValues.byRow(t -> t >= 1 && t <= 2 ? combCosts : monoCosts), ly))
        .build();
  }
}

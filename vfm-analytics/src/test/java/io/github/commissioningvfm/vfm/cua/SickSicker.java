package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.markov.Rates;
import io.github.commissioningvfm.vfm.markov.StateValues;
import io.github.commissioningvfm.vfm.markov.TransitionMatrix;
import io.github.commissioningvfm.vfm.markov.TransitionModel;
import java.util.List;

/**
 * The time-independent Sick-Sicker model of Alarid-Escudero, Krijkamp, Enns et al., "An Introductory
 * Tutorial on Cohort State-Transition Models in R Using a Cost-Effectiveness Analysis Example"
 * (Med Decis Making 2023; manuscript of 2022-02-08 in DARTH-git/cohort-modeling-tutorial-intro,
 * manuscript/cSTM_Tutorial_Intro.tex, Table 1 parameters).
 */
final class SickSicker {

  private SickSicker() {
  }

  /** Base-case parameters of Table 1, in the order of {@link #model(double[])}. */
  static final double[] BASE = {0.002, 0.15, 0.5, 0.105, 3, 10, 2000, 4000, 15000, 1, 0.75, 0.5, 12000, 0.95, 13000,
      0.6};

  /** Names of the parameters. */
  static final List<String> NAMES = List.of("r_HD", "r_HS1", "r_S1H", "r_S1S2", "hr_S1", "hr_S2", "c_H", "c_S1",
      "c_S2", "u_H", "u_S1", "u_S2", "c_trtA", "u_trtA", "c_trtB", "hr_S1S2_trtB");

  /**
   * The tutorial's within-cycle correction vector: 1/3 at rows 0 and 75, and, counting rows from 1
   * as the tutorial's R code does, 2/3 at even and 4/3 at odd positions. With 75 cycles this is
   * not the composite Simpson's rule of {@link CountingConvention#SIMPSON} (which needs an even number
   * of cycles and gives odd rows 4/3); we reproduce the tutorial with its own vector.
   */
  static CountingConvention tutorialWeights(int cycles) {
    double[] w = new double[cycles + 1];
    for (int t = 0; t <= cycles; t++) {
      w[t] = (t + 1) % 2 == 0 ? 2.0 / 3 : 4.0 / 3;
    }
    w[0] = 1.0 / 3;
    w[cycles] = 1.0 / 3;
    return CountingConvention.custom(w);
  }

  static MarkovModel model(double[] p) {
    double pHd = Rates.probability(p[0], 1);
    double pHs1 = Rates.probability(p[1], 1);
    double pS1h = Rates.probability(p[2], 1);
    double pS1s2 = Rates.probability(p[3], 1);
    double pS1d = Rates.probability(p[0] * p[4], 1);
    double pS2d = Rates.probability(p[0] * p[5], 1);
    double pS1s2B = Rates.probability(p[3] * p[15], 1);
    TransitionModel soc = TransitionModel.constant(matrix(pHd, pHs1, pS1h, pS1s2, pS1d, pS2d));
    TransitionModel trtB = TransitionModel.constant(matrix(pHd, pHs1, pS1h, pS1s2B, pS1d, pS2d));
    double cH = p[6];
    double cS1 = p[7];
    double cS2 = p[8];
    StateValues uSoc = StateValues.constant(p[9], p[10], p[11], 0);
    StateValues uA = StateValues.constant(p[9], p[13], p[11], 0);
    DiscountSchedule three = DiscountSchedule.constant(DiscountRate.ofPercent("3"));
    return MarkovModel.builder().states("H", "S1", "S2", "D").dead("D").initial(1, 0, 0, 0).cycles(75)
        .counting(tutorialWeights(75)).discounting(three, three)
        .strategy(MarkovStrategy.of("Standard of care", soc, StateValues.constant(cH, cS1, cS2, 0), uSoc))
        .strategy(MarkovStrategy.of("Strategy A", soc, StateValues.constant(cH, cS1 + p[12], cS2 + p[12], 0), uA))
        .strategy(MarkovStrategy.of("Strategy B", trtB, StateValues.constant(cH, cS1 + p[14], cS2 + p[14], 0), uSoc))
        .strategy(MarkovStrategy.of("Strategy AB", trtB,
            StateValues.constant(cH, cS1 + p[12] + p[14], cS2 + p[12] + p[14], 0), uA))
        .build();
  }

  private static TransitionMatrix matrix(double pHd, double pHs1, double pS1h, double pS1s2, double pS1d, double pS2d) {
    return TransitionMatrix.builder(List.of("H", "S1", "S2", "D"))
        .set("H", "S1", (1 - pHd) * pHs1).set("H", "D", pHd).complement("H", "H")
        .set("S1", "H", (1 - pS1d) * pS1h).set("S1", "S2", (1 - pS1d) * pS1s2).set("S1", "D", pS1d)
        .complement("S1", "S1")
        .set("S2", "D", pS2d).complement("S2", "S2")
        .set("D", "D", 1).build();
  }
}

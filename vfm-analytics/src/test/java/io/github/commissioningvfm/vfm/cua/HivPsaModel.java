package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.markov.StateValues;
import io.github.commissioningvfm.vfm.markov.TransitionModel;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.joint.Dirichlet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The HIV model with the probabilistic inputs of Briggs, Claxton and Sculpher (2006), chapter 4
 * (Dirichlet rows from the transition counts, log-normal relative risk, gamma direct medical costs),
 * life-years as the effect; used to test the PSA machinery, not to reproduce figures.
 */
final class HivPsaModel implements ProbabilisticCohortModel {

  private static final Dirichlet FROM_A = Dirichlet.ofCounts(1251, 350, 116, 17);
  private static final Dirichlet FROM_B = Dirichlet.ofCounts(731, 512, 15);
  private static final Dirichlet FROM_C = Dirichlet.ofCounts(1312, 437);
  private static final Distribution RR = new Distribution.LogNormal(Math.log(0.509), (Math.log(0.710)
      - Math.log(0.365)) / (2 * 1.96));
  private static final Distribution COST_A = Distribution.Gamma.ofMeanStandardError(1701, 1701 / 4.0);

  @Override
  public List<String> inputs() {
    return List.of("pAA", "pAB", "pAC", "pAD", "pBB", "pBC", "pBD", "pCC", "pCD", "rr", "costA");
  }

  @Override
  public double[] baseCase() {
    double[] v = new double[11];
    System.arraycopy(FROM_A.mean(), 0, v, 0, 4);
    System.arraycopy(FROM_B.mean(), 0, v, 4, 3);
    System.arraycopy(FROM_C.mean(), 0, v, 7, 2);
    v[9] = 0.509;
    v[10] = 1701;
    return v;
  }

  @Override
  public void sample(RandomGenerator rng, double[] values) {
    double[] a = new double[4];
    double[] b = new double[3];
    double[] c = new double[2];
    FROM_A.sample(rng, a);
    FROM_B.sample(rng, b);
    FROM_C.sample(rng, c);
    System.arraycopy(a, 0, values, 0, 4);
    System.arraycopy(b, 0, values, 4, 3);
    System.arraycopy(c, 0, values, 7, 2);
    values[9] = RR.sample(rng);
    values[10] = COST_A.sample(rng);
  }

  @Override
  public MarkovModel model(double[] v) {
    double rr = v[9];
    double[] mono = {v[0], v[1], v[2], v[3], 0, v[4], v[5], v[6], 0, 0, v[7], v[8], 0, 0, 0, 1};
    double[] comb = mono.clone();
    for (int i = 0; i < 3; i++) {
      double rest = 0;
      for (int j = 0; j < 4; j++) {
        if (j != i) {
          comb[i * 4 + j] *= rr;
          rest += comb[i * 4 + j];
        }
      }
      comb[i * 4 + i] = 1 - rest;
    }
    double zido = 2278;
    double lami = 2086.5;
    StateValues ly = StateValues.constant(1, 1, 1, 0);
    return MarkovModel.builder().states("A", "B", "C", "D").dead("D").initial(1, 0, 0, 0).cycles(20)
        .counting(CountingConvention.END)
        .discounting(DiscountSchedule.constant(DiscountRate.ofPercent("6")), DiscountSchedule.none())
        .strategy(MarkovStrategy.of("mono", TransitionModel.constantRowMajor(mono), StateValues.constant(v[10] + 1055 + zido,
            3052 + zido, 9007 + zido, 0), ly))
        .strategy(MarkovStrategy.of("comb", TransitionModel.constantRowMajor(comb), StateValues.constant(v[10] + 1055 + zido + lami,
            3052 + zido + lami, 9007 + zido + lami, 0), ly))
        .build();
  }

}

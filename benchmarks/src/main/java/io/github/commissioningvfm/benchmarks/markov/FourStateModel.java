package io.github.commissioningvfm.benchmarks.markov;

import io.github.commissioningvfm.vfm.cua.ProbabilisticCohortModel;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.markov.Rates;
import io.github.commissioningvfm.vfm.markov.StateValues;
import io.github.commissioningvfm.vfm.markov.TransitionModel;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.joint.Dirichlet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The benchmark model (illustrative figures, the same as {@code benchmarks/peers/markov/markov.R}):
 * states Well, Mild, Severe, Dead; three strategies over 75 annual cycles, half-cycle correction,
 * costs and QALYs at 3.5%. Rows from Dirichlet distributions of illustrative transition counts
 * (Well: 850 stay, 140 to Mild, 10 die; Mild: 300 to Well, 550 stay, 120 to Severe, 30 die; Severe:
 * 900 stay, 100 die); state costs gamma (means 200, 1500, 4000, standard errors 10%); utilities beta
 * (0.95, 0.75, 0.50, standard error 0.02). Strategy "therapy" adds 600 a cycle in Mild and Severe and
 * 0.05 utility in Mild; strategy "intensive" adds 1200 a cycle in Mild and Severe and applies a
 * hazard ratio (log-normal, mean 0.6, log-scale sd 0.1) to Mild to Severe on the rate scale, the
 * difference staying in Mild.
 */
public final class FourStateModel implements ProbabilisticCohortModel {

  private static final Dirichlet WELL = Dirichlet.ofCounts(850, 140, 10);
  private static final Dirichlet MILD = Dirichlet.ofCounts(300, 550, 120, 30);
  private static final Dirichlet SEVERE = Dirichlet.ofCounts(900, 100);
  private static final Distribution[] COSTS = {Distribution.Gamma.ofMeanStandardError(200, 20),
      Distribution.Gamma.ofMeanStandardError(1500, 150), Distribution.Gamma.ofMeanStandardError(4000, 400)};
  private static final Distribution[] UTILITIES = {Distribution.Beta.ofMeanStandardError(0.95, 0.02),
      Distribution.Beta.ofMeanStandardError(0.75, 0.02), Distribution.Beta.ofMeanStandardError(0.50, 0.02)};
  private static final Distribution HR = new Distribution.LogNormal(Math.log(0.6), 0.1);

  @Override
  public List<String> inputs() {
    return List.of("wellWell", "wellMild", "wellDead", "mildWell", "mildMild", "mildSevere", "mildDead",
        "severeSevere", "severeDead", "costWell", "costMild", "costSevere", "uWell", "uMild", "uSevere", "hr");
  }

  @Override
  public double[] baseCase() {
    double[] v = new double[16];
    System.arraycopy(WELL.mean(), 0, v, 0, 3);
    System.arraycopy(MILD.mean(), 0, v, 3, 4);
    System.arraycopy(SEVERE.mean(), 0, v, 7, 2);
    v[9] = 200;
    v[10] = 1500;
    v[11] = 4000;
    v[12] = 0.95;
    v[13] = 0.75;
    v[14] = 0.5;
    v[15] = 0.6;
    return v;
  }

  @Override
  public void sample(RandomGenerator rng, double[] v) {
    double[] row = new double[4];
    WELL.sample(rng, row);
    System.arraycopy(row, 0, v, 0, 3);
    MILD.sample(rng, row);
    System.arraycopy(row, 0, v, 3, 4);
    SEVERE.sample(rng, row);
    System.arraycopy(row, 0, v, 7, 2);
    for (int i = 0; i < 3; i++) {
      v[9 + i] = COSTS[i].sample(rng);
      v[12 + i] = UTILITIES[i].sample(rng);
    }
    v[15] = HR.sample(rng);
  }

  @Override
  public MarkovModel model(double[] v) {
    double[] usual = {v[0], v[1], 0, v[2], v[3], v[4], v[5], v[6], 0, 0, v[7], v[8], 0, 0, 0, 1};
    double[] intensive = usual.clone();
    double severe = Rates.withRateRatio(v[5], v[15]);
    intensive[6] = severe;
    intensive[5] = v[4] + v[5] - severe;
    double c0 = v[9];
    double c1 = v[10];
    double c2 = v[11];
    return MarkovModel.builder().states("Well", "Mild", "Severe", "Dead").dead("Dead").initial(1, 0, 0, 0)
        .cycles(75).counting(CountingConvention.HALF_CYCLE)
        .strategy(MarkovStrategy.of("usual care", TransitionModel.constantRowMajor(usual),
            StateValues.constant(c0, c1, c2, 0),
            StateValues.constant(v[12], v[13], v[14], 0)))
        .strategy(MarkovStrategy.of("therapy", TransitionModel.constantRowMajor(usual),
            StateValues.constant(c0, c1 + 600, c2 + 600, 0),
            StateValues.constant(v[12], Math.min(1, v[13] + 0.05), v[14], 0)))
        .strategy(MarkovStrategy.of("intensive", TransitionModel.constantRowMajor(intensive),
            StateValues.constant(c0, c1 + 1200, c2 + 1200, 0), StateValues.constant(v[12], v[13], v[14], 0)))
        .build();
  }

}

package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.voi.ValueOfInformation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost-utility analysis of probabilistic simulations (formulas in the package documentation and in
 * {@link io.github.commissioningvfm.vfm.voi}): the incremental analysis of expected costs and
 * effects, the acceptability curve and frontier, the cost-effectiveness plane, EVPI and EVPPI. The
 * same for the library's own PSA and for simulations brought from elsewhere.
 *
 * <pre>{@code
 * ProbabilisticAnalysis pa = ProbabilisticAnalysis.of(Simulations.read(Path.of("psa.csv")));
 * IncrementalTable table = pa.incremental();
 * List<AcceptabilityPoint> ceac = pa.acceptability(0, 10_000, 20_000, 30_000);
 * double evppi = pa.evppi(20_000, List.of("utility_response"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProbabilisticAnalysis {

  private final Simulations simulations;

  private ProbabilisticAnalysis(Simulations simulations) {
    this.simulations = simulations;
  }

  /**
   * Analyses simulations.
   *
   * @param simulations the simulations
   * @return the analysis
   */
  public static ProbabilisticAnalysis of(Simulations simulations) {
    return new ProbabilisticAnalysis(Args.notNull(simulations, "simulations"));
  }

  /**
   * The simulations analysed.
   *
   * @return the simulations
   */
  public Simulations simulations() {
    return simulations;
  }

  /**
   * The expected cost and effect of each strategy: means over the simulations.
   *
   * @return one outcome per strategy
   */
  public List<StrategyOutcome> means() {
    List<StrategyOutcome> out = new ArrayList<>();
    int n = simulations.size();
    for (int s = 0; s < simulations.strategies().size(); s++) {
      double c = 0;
      double e = 0;
      for (int i = 0; i < n; i++) {
        c += simulations.cost(s, i);
        e += simulations.effect(s, i);
      }
      out.add(new StrategyOutcome(simulations.strategies().get(s), c / n, e / n));
    }
    return out;
  }

  /**
   * The incremental analysis of the expected costs and effects.
   *
   * @return the table
   */
  public IncrementalTable incremental() {
    return IncrementalAnalysis.analyse(means());
  }

  /**
   * The acceptability curve: at each threshold, the share of simulations in which each strategy has
   * the highest net monetary benefit (ties go to the first strategy listed), each strategy's expected
   * NMB, and the EVPI per person.
   *
   * @param thresholds the thresholds {@code lambda}
   * @return one point per threshold
   */
  public List<AcceptabilityPoint> acceptability(double... thresholds) {
    List<AcceptabilityPoint> out = new ArrayList<>();
    List<String> names = simulations.strategies();
    for (double lambda : thresholds) {
      double[][] nb = simulations.netMonetaryBenefit(lambda);
      int n = simulations.size();
      int[] wins = new int[names.size()];
      for (int i = 0; i < n; i++) {
        int best = 0;
        for (int s = 1; s < nb.length; s++) {
          if (nb[s][i] > nb[best][i]) {
            best = s;
          }
        }
        wins[best]++;
      }
      Map<String, Double> probability = new LinkedHashMap<>();
      Map<String, Double> expected = new LinkedHashMap<>();
      for (int s = 0; s < names.size(); s++) {
        probability.put(names.get(s), (double) wins[s] / n);
        double sum = 0;
        for (double v : nb[s]) {
          sum += v;
        }
        expected.put(names.get(s), sum / n);
      }
      out.add(new AcceptabilityPoint(lambda, probability, expected, ValueOfInformation.evpi(nb)));
    }
    return out;
  }

  /**
   * The acceptability frontier: at each threshold, the strategy with the highest expected NMB and the
   * probability that it is the best.
   *
   * @param thresholds the thresholds
   * @return one point per threshold
   */
  public List<FrontierPoint> acceptabilityFrontier(double... thresholds) {
    List<FrontierPoint> out = new ArrayList<>();
    for (AcceptabilityPoint p : acceptability(thresholds)) {
      String best = null;
      for (String s : simulations.strategies()) {
        if (best == null || p.expectedNetBenefit().get(s) > p.expectedNetBenefit().get(best)) {
          best = s;
        }
      }
      out.add(new FrontierPoint(p.threshold(), best, p.probabilityBest().get(best)));
    }
    return out;
  }

  /**
   * The cost-effectiveness plane against a reference strategy.
   *
   * @param reference the reference strategy's name
   * @return the plane's data
   */
  public CostEffectivenessPlane plane(String reference) {
    int r = simulations.index(reference);
    int n = simulations.size();
    List<PlaneSeries> series = new ArrayList<>();
    for (int s = 0; s < simulations.strategies().size(); s++) {
      if (s == r) {
        continue;
      }
      double[] de = new double[n];
      double[] dc = new double[n];
      for (int i = 0; i < n; i++) {
        de[i] = simulations.effect(s, i) - simulations.effect(r, i);
        dc[i] = simulations.cost(s, i) - simulations.cost(r, i);
      }
      series.add(new PlaneSeries(simulations.strategies().get(s), de, dc));
    }
    return new CostEffectivenessPlane(reference, series);
  }

  /**
   * EVPI per person at a threshold.
   *
   * @param threshold {@code lambda}
   * @return the EVPI in pounds per person
   */
  public double evpi(double threshold) {
    return ValueOfInformation.evpi(simulations.netMonetaryBenefit(threshold));
  }

  /**
   * EVPPI per person for a subset of the inputs, by regression on a quadratic polynomial of the
   * inputs ({@link ValueOfInformation#evppiRegression}).
   *
   * @param threshold {@code lambda}
   * @param inputs the inputs' names, at least one
   * @return the EVPPI in pounds per person
   */
  public double evppi(double threshold, List<String> inputs) {
    Args.notEmpty(inputs, "inputs");
    double[][] x = new double[inputs.size()][];
    for (int k = 0; k < inputs.size(); k++) {
      x[k] = simulations.input(inputs.get(k));
    }
    return ValueOfInformation.evppiRegression(simulations.netMonetaryBenefit(threshold), x, 2);
  }

  @Override
  public String toString() {
    return "ProbabilisticAnalysis of " + simulations;
  }
}
